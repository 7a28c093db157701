import type { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';


import { authConfig } from './config';
import { sessionCookie, sessionCookieName } from './cookies';
import { passwordProblem } from './password';
import { login, setPassword } from './service';
import { createSession, resolveSession } from './session';
import { blockedUntil, FREE_FAILURES, signInThrottle } from './throttle';
import { sha256 } from './tokens';
import type { Db } from '../db/client';
import { sessions, users } from '../db/schema';
import {
  callerAs,
  createTestDb,
  createTestUser,
  rejection,
  TEST_PASSWORD,
  totpCode,
  type TestUser,
} from '../test-utils';
import { commandLine } from '../users/audit';
import { createUser, updateUser } from '../users/service';


let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createTestDb());
});
afterAll(() => cleanup());

const MINUTE = 60_000;
let ipCount = 0;
/** Each test signs in from its own address, so that per-IP throttling of one test cannot touch another. */
const freshIp = () => `192.0.2.${++ipCount}`;

/** A caller that records the session cookie the procedure sets (token) or clears (null). */
function browser(
  who: { user: TestUser['user']; sessionId: string } | null = null,
  ip = freshIp(),
  deviceToken: string | null = null,
) {
  const cookies: (string | null)[] = [];
  const devices: string[] = [];
  const caller = callerAs(db, who, {
    ip,
    setSessionCookie: (token) => cookies.push(token),
    deviceToken,
    setDeviceCookie: (token) => devices.push(token),
  });
  return { caller, cookies, devices, ip };
}

/** A caller for the session a cookie token opens, as the HTTP context builds it. */
function signedIn(token: string | null | undefined) {
  const session = resolveSession(db, token ?? undefined);
  if (!session) throw new Error('the token opens no session');
  return { ...browser(session), session };
}

/** Signs in from a fresh browser and returns the status, or throws the refusal. */
const signInStatus = async (email: string, password: string, code?: string) =>
  (await browser().caller.auth.login({ email, password, code })).status;

const sessionCount = (userId: number) => db.select().from(sessions).where(eq(sessions.userId, userId)).all().length;

let emailCount = 0;
/** An account created as `npm run user:add` creates it, without a session. */
async function addUser(role: 'viewer' | 'editor' | 'coordinator' | 'admin' = 'viewer', password = TEST_PASSWORD) {
  const email = `person-${++emailCount}@test.example`;
  const { id } = await createUser(db, {
    email,
    name: 'Maria Rossi',
    role,
    organizationSlug: role === 'editor' ? 'comune-di-trapani' : null,
    password,
  });
  return { id, email, password };
}

describe('sign-in and sessions', () => {
  it('signs in, sets the session cookie and knows the user afterwards', async () => {
    const account = await addUser('editor');
    const { caller, cookies } = browser();
    const result = await caller.auth.login({ email: account.email, password: account.password });
    expect(result.status).toBe('ok');
    expect(result.user).toMatchObject({ id: account.id, email: account.email, role: 'editor' });
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toEqual(expect.any(String));

    const me = await signedIn(cookies[0]).caller.auth.me();
    expect(me).toMatchObject({ id: account.id, email: account.email, role: 'editor', mfaSetupRequired: false });
    expect(me?.organization?.slug).toBe('comune-di-trapani');
    expect(me).not.toHaveProperty('passwordHash');
    expect(await browser().caller.auth.me()).toBeNull();
  });

  it('accepts the e-mail address whatever its case and surrounding spaces', async () => {
    const account = await addUser();
    expect(await signInStatus(`  ${account.email.toUpperCase()} `, account.password)).toBe('ok');
  });

  it('answers a wrong password exactly as an unknown e-mail address: no account enumeration', async () => {
    const account = await addUser();
    const wrongPassword = await rejection(
      browser().caller.auth.login({ email: account.email, password: 'not-the-password-1' }),
    );
    const unknownEmail = await rejection(
      browser().caller.auth.login({ email: 'nobody-here@test.example', password: account.password }),
    );
    expect(wrongPassword.code).toBe('UNAUTHORIZED');
    expect(unknownEmail.code).toBe('UNAUTHORIZED');
    expect(wrongPassword.message).toBe(unknownEmail.message);
  });

  it('refuses a disabled user with the same message, and ends their sessions at once', async () => {
    const account = await addUser('editor');
    const { cookies, caller } = browser();
    await caller.auth.login({ email: account.email, password: account.password });
    const token = cookies[0]!;
    expect(resolveSession(db, token)).not.toBeNull();

    updateUser(db, { id: account.id, disabled: true }, commandLine('user:disable'));

    expect(resolveSession(db, token)).toBeNull();
    expect(sessionCount(account.id)).toBe(0);
    const refused = await rejection(browser().caller.auth.login({ email: account.email, password: account.password }));
    expect(refused.code).toBe('UNAUTHORIZED');
    expect(refused.message).toBe('Wrong e-mail, password or code');
  });

  it('ends a disabled user’s session even if it were still in the table', async () => {
    const account = await addUser();
    const token = createSession(db, account.id);
    // Disabled behind the service's back: resolveSession itself must refuse.
    db.update(users).set({ disabledAt: new Date().toISOString() }).where(eq(users.id, account.id)).run();
    expect(resolveSession(db, token)).toBeNull();
  });

  it('ends the session at logout and clears the cookie', async () => {
    const account = await addUser();
    const first = browser();
    await first.caller.auth.login({ email: account.email, password: account.password });
    const token = first.cookies[0]!;
    const session = signedIn(token);

    expect(await session.caller.auth.logout()).toEqual({ ok: true });
    expect(session.cookies).toEqual([null]);
    expect(resolveSession(db, token)).toBeNull();
    expect(sessionCount(account.id)).toBe(0);
  });

  it('ends a session left idle longer than the idle timeout', async () => {
    const account = await addUser();
    const start = Date.now();
    const token = createSession(db, account.id, start);
    const idle = authConfig.idleTimeoutMs;
    // A request just before the limit keeps it alive: idleness counts from the last request.
    const lastRequest = start + idle - MINUTE;
    expect(resolveSession(db, token, lastRequest)).not.toBeNull();
    expect(resolveSession(db, token, lastRequest + idle + MINUTE)).toBeNull();
    // Gone for good, not just refused once.
    expect(resolveSession(db, token, lastRequest)).toBeNull();
    expect(sessionCount(account.id)).toBe(0);
  });

  it('ends an active session at the absolute timeout', async () => {
    const account = await addUser();
    const start = Date.now();
    const token = createSession(db, account.id, start);
    const step = authConfig.idleTimeoutMs / 2;
    let now = start;
    // Busy all day: a request every half idle period keeps the session alive until the absolute limit.
    while (now + step < start + authConfig.absoluteTimeoutMs) {
      now += step;
      expect(resolveSession(db, token, now), `alive at +${(now - start) / MINUTE} min`).not.toBeNull();
    }
    expect(resolveSession(db, token, start + authConfig.absoluteTimeoutMs)).toBeNull();
  });

  it('rotates the session at sign-in: the old session id is destroyed', async () => {
    const account = await addUser();
    const first = browser();
    await first.caller.auth.login({ email: account.email, password: account.password });
    const oldToken = first.cookies[0]!;
    const holding = signedIn(oldToken);

    await holding.caller.auth.login({ email: account.email, password: account.password });
    const newToken = holding.cookies[0]!;
    expect(newToken).not.toBe(oldToken);
    expect(resolveSession(db, oldToken)).toBeNull();
    expect(db.select().from(sessions).where(eq(sessions.id, holding.session.sessionId)).get()).toBeUndefined();
    expect(resolveSession(db, newToken)?.user.id).toBe(account.id);
  });

  it('stores only the SHA-256 of the session token, a token of at least 128 random bits', async () => {
    const account = await addUser();
    const { caller, cookies } = browser();
    await caller.auth.login({ email: account.email, password: account.password });
    const token = cookies[0]!;
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const rows = db.select().from(sessions).where(eq(sessions.userId, account.id)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toBe(token);
    expect(rows[0]!.id).toBe(sha256(token));
    expect(JSON.stringify(db.$client.prepare('SELECT * FROM sessions').all())).not.toContain(token);
  });

  it('changing the password ends the other sessions and starts a new one', async () => {
    const account = await addUser();
    const a = browser();
    const b = browser();
    await a.caller.auth.login({ email: account.email, password: account.password });
    await b.caller.auth.login({ email: account.email, password: account.password });
    const session = signedIn(a.cookies[0]);

    await session.caller.auth.changePassword({ currentPassword: account.password, newPassword: 'river-stone-lamp-2031' });
    expect(resolveSession(db, a.cookies[0]!)).toBeNull();
    expect(resolveSession(db, b.cookies[0]!)).toBeNull();
    expect(resolveSession(db, session.cookies[0]!)?.user.id).toBe(account.id);
    await rejection(browser().caller.auth.login({ email: account.email, password: account.password }));
    expect((await browser().caller.auth.login({ email: account.email, password: 'river-stone-lamp-2031' })).status).toBe('ok');
  });

  it('ends the session after repeated wrong current passwords: changing the password is no guessing oracle', async () => {
    const account = await addUser();
    const a = browser();
    await a.caller.auth.login({ email: account.email, password: account.password });
    const session = signedIn(a.cookies[0]);
    const guess = (n: number) => rejection(session.caller.auth.changePassword({ currentPassword: `wrong-guess-${n}-x`, newPassword: 'river-stone-lamp-2032' }));
    for (let i = 1; i < FREE_FAILURES.reauth; i++) expect((await guess(i)).message, `guess ${i}`).toMatch(/Wrong e-mail, password or code/);
    const last = await guess(FREE_FAILURES.reauth);
    expect(last.code).toBe('UNAUTHORIZED');
    expect(last.message).toMatch(/session has ended/);
    expect(resolveSession(db, a.cookies[0]!), 'the session is over').toBeNull();
    // The password did not change, and the user signs in again as usual.
    expect((await browser().caller.auth.login({ email: account.email, password: account.password })).status).toBe('ok');
  });

  it('counts a wrong password for turning off the second factor the same way, and forgives it after a right one', async () => {
    const account = await addUser();
    const a = browser();
    await a.caller.auth.login({ email: account.email, password: account.password });
    const session = signedIn(a.cookies[0]);
    // Below the limit, then a right password: the count starts again.
    for (let i = 1; i < FREE_FAILURES.reauth; i++) await rejection(session.caller.auth.changePassword({ currentPassword: `wrong-${i}-abc`, newPassword: 'river-stone-lamp-2033' }));
    await session.caller.auth.changePassword({ currentPassword: account.password, newPassword: 'river-stone-lamp-2033' });
    const renewed = signedIn(session.cookies[0]);
    for (let i = 1; i < FREE_FAILURES.reauth; i++) await rejection(renewed.caller.auth.totpDisable({ password: `wrong-${i}-abc` }));
    expect(resolveSession(db, session.cookies[0]!), 'four wrong passwords in this session: still signed in').not.toBeNull();
    expect((await rejection(renewed.caller.auth.totpDisable({ password: 'wrong-5-abc' }))).message).toMatch(/session has ended/);
    expect(resolveSession(db, session.cookies[0]!)).toBeNull();
  });

  it('ends the sessions of a user whose role changes', async () => {
    const account = await addUser('editor');
    const token = createSession(db, account.id);
    updateUser(db, { id: account.id, role: 'viewer' }, commandLine('test'));
    expect(resolveSession(db, token)).toBeNull();
  });
});

describe('passwords', () => {
  it('refuses fewer than 12 characters', async () => {
    expect(passwordProblem('eleven-char')).toEqual({ code: 'PASSWORD_TOO_SHORT', params: { min: 12 } });
    const error = await rejection(addUser('viewer', 'short-pass1'));
    expect(error.code).toBe('BAD_REQUEST');
  });

  it('refuses the most common passwords, whatever their case', async () => {
    expect(passwordProblem('password1234')?.code).toBe('PASSWORD_COMMON');
    expect(passwordProblem('PASSWORD1234')?.code).toBe('PASSWORD_COMMON');
    const error = await rejection(addUser('viewer', 'password1234'));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/common/);
  });

  it('accepts a long passphrase with no composition rules', async () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('abcdefghijkz')).toBeNull(); // 12 lower-case letters, not a common one
    const account = await addUser('viewer', 'quiet orchard under winter stars');
    expect(await signInStatus(account.email, 'quiet orchard under winter stars')).toBe('ok');
  });

  it('stores argon2id hashes, never the password', async () => {
    const account = await addUser('viewer', 'quiet orchard under summer stars');
    const row = db.select().from(users).where(eq(users.id, account.id)).get()!;
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(row.passwordHash).not.toContain('quiet orchard');
  });
});

describe('sign-in throttling', () => {
  const wrong = 'not-the-password-1';

  it('after 5 wrong passwords refuses the 6th attempt, even with the right password, then lets the user in', async () => {
    const account = await addUser();
    const ip = freshIp();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) {
      const error = await rejection(login(db, { email: account.email, password: wrong }, ip, t0 + i * 1000));
      expect(error.code, `attempt ${i + 1}`).toBe('UNAUTHORIZED');
    }
    const blocked = await rejection(login(db, { email: account.email, password: account.password }, ip, t0 + 5000));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.message).toMatch(/try again in \d+ seconds/);

    const until = blockedUntil(db, signInThrottle(account.email, ip).checked, t0 + 5000)!;
    expect(until).toBeInstanceOf(Date);
    const later = until.getTime() + 1000;
    expect((await login(db, { email: account.email, password: account.password }, ip, later)).status).toBe('ok');
  });

  it('backs off more after more failures, but never for more than 15 minutes: no permanent lock', async () => {
    const account = await addUser();
    const ip = freshIp();
    const keys = signInThrottle(account.email, ip).checked;
    let now = Date.now();
    const blocks: number[] = [];
    for (let i = 0; i < 14; i++) {
      // Each attempt as soon as the previous block ends: the most persistent guesser.
      now = (blockedUntil(db, keys, now)?.getTime() ?? now) + 1;
      await rejection(login(db, { email: account.email, password: wrong }, ip, now));
      blocks.push((blockedUntil(db, keys, now)?.getTime() ?? now) - now);
    }
    const started = blocks.filter((b) => b > 0);
    expect(started.length).toBeGreaterThan(5);
    expect(started).toEqual([...started].sort((a, b) => a - b));
    // Doubling from 30 seconds reaches the 15-minute ceiling within 14 failures, and stays there.
    expect(started[0]).toBe(30_000);
    expect(Math.max(...started)).toBe(15 * MINUTE);
    now += 15 * MINUTE + 1;
    expect((await login(db, { email: account.email, password: account.password }, ip, now)).status).toBe('ok');
  });

  it('forgets failures after a quiet hour', async () => {
    const account = await addUser();
    const ip = freshIp();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await rejection(login(db, { email: account.email, password: wrong }, ip, t0));
    const next = await rejection(login(db, { email: account.email, password: wrong }, ip, t0 + 61 * MINUTE));
    expect(next.code).toBe('UNAUTHORIZED');
    expect(blockedUntil(db, signInThrottle(account.email, ip).checked, t0 + 61 * MINUTE)).toBeNull();
  });

  it('throttles one IP guessing many accounts, and only that IP', async () => {
    const ip = freshIp();
    const t0 = Date.now();
    // One failure per account: only the IP's counter can add up. The first 30 are free.
    for (let i = 0; i < 31; i++) {
      const error = await rejection(login(db, { email: `guess-${i}@test.example`, password: wrong }, ip, t0));
      if (i < 30) expect(error.code, `attempt ${i + 1}`).toBe('UNAUTHORIZED');
    }
    const account = await addUser();
    const blocked = await rejection(login(db, { email: account.email, password: account.password }, ip, t0 + 1000));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
    // The same account from elsewhere is fine.
    expect((await login(db, { email: account.email, password: account.password }, freshIp(), t0 + 1000)).status).toBe('ok');
  });

  it('gives simultaneous guesses no more password checks than one-by-one guesses', async () => {
    // More guesses than the account's free failures: each from its own address, so only that counter binds.
    const guesses = FREE_FAILURES.account + 10;
    const t0 = Date.now();
    /** The answer to one guess: UNAUTHORIZED means the password was checked. */
    const guess = (email: string) =>
      login(db, { email, password: wrong }, freshIp(), t0).then(
        () => 'OK',
        (e: TRPCError) => e.code,
      );
    const checked = (answers: string[]) => answers.filter((a) => a === 'UNAUTHORIZED').length;

    const oneByOne = await addUser();
    const sequential: string[] = [];
    for (let i = 0; i < guesses; i++) sequential.push(await guess(oneByOne.email));
    const allAtOnce = await addUser();
    const parallel = await Promise.all(Array.from({ length: guesses }, () => guess(allAtOnce.email)));

    expect(checked(sequential)).toBeLessThan(guesses);
    expect(checked(parallel)).toBe(checked(sequential));
  });

  it('does not let wrong passwords from other addresses lock the real user out', async () => {
    const account = await addUser();
    const t0 = Date.now();
    // Six attackers, each from its own address, each trying one wrong password after another.
    for (let attacker = 0; attacker < 6; attacker++) {
      const ip = freshIp();
      for (let i = 0; i < 3; i++) await rejection(login(db, { email: account.email, password: wrong }, ip, t0 + i));
    }
    // 18 failures against the account: the real user, from their own address, gets in.
    expect((await login(db, { email: account.email, password: account.password }, freshIp(), t0 + 10)).status).toBe('ok');
  });

  it('slows a brute force spread over many addresses, but lets in a browser that signed in before', async () => {
    const account = await addUser();
    const home = browser();
    await home.caller.auth.login({ email: account.email, password: account.password });
    expect(home.devices).toHaveLength(1);
    const device = home.devices[0]!;

    const t0 = Date.now();
    for (let i = 0; i < FREE_FAILURES.account; i++) {
      const error = await rejection(login(db, { email: account.email, password: wrong }, freshIp(), t0 + i));
      expect(error.code, `guess ${i + 1}`).toBe('UNAUTHORIZED');
    }
    // The next guess, from yet another address, is refused without a password check.
    const slowed = await rejection(login(db, { email: account.email, password: account.password }, freshIp(), t0 + 100));
    expect(slowed.code).toBe('TOO_MANY_REQUESTS');
    // The browser the user signed in with before goes through, keeps its device token, and resets the count.
    const back = browser(null, home.ip, device);
    const result = await back.caller.auth.login({ email: account.email, password: account.password });
    expect(result.status).toBe('ok');
    expect(back.devices).toEqual([device]);
    expect(await signInStatus(account.email, account.password)).toBe('ok');
  });

  it('trusts a device token only for the account it signed in to, and throttles the device itself', async () => {
    const [mine, other] = [await addUser(), await addUser()];
    const home = browser();
    await home.caller.auth.login({ email: mine.email, password: mine.password });
    const device = home.devices[0]!;
    const t0 = Date.now();
    // For another account the token is nobody's: the usual counters apply, from one address.
    const ip = freshIp();
    for (let i = 0; i < FREE_FAILURES.pair; i++) await rejection(login(db, { email: other.email, password: wrong }, ip, t0, device));
    expect((await rejection(login(db, { email: other.email, password: other.password }, ip, t0, device))).code).toBe('TOO_MANY_REQUESTS');
    // A stolen device token is no unlimited pass either: its own counter stops it.
    for (let i = 0; i < FREE_FAILURES.device; i++) await rejection(login(db, { email: mine.email, password: wrong }, freshIp(), t0, device));
    expect((await rejection(login(db, { email: mine.email, password: mine.password }, freshIp(), t0, device))).code).toBe('TOO_MANY_REQUESTS');
  });

  it('forgets the trusted browsers when the password changes', async () => {
    const account = await addUser();
    const home = browser();
    await home.caller.auth.login({ email: account.email, password: account.password });
    const device = home.devices[0]!;
    await setPassword(db, account.id, 'lantern-harbour-quiet-2040', { id: account.id, email: account.email });
    const t0 = Date.now();
    for (let i = 0; i < FREE_FAILURES.account; i++) await rejection(login(db, { email: account.email, password: wrong }, freshIp(), t0));
    const refused = await rejection(login(db, { email: account.email, password: 'lantern-harbour-quiet-2040' }, home.ip, t0, device));
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
  });

  it('throttles through the procedure too', async () => {
    const account = await addUser();
    const ip = freshIp();
    for (let i = 0; i < 6; i++) {
      const error = await rejection(browser(null, ip).caller.auth.login({ email: account.email, password: wrong }));
      if (i < 5) expect(error.code, `attempt ${i + 1}`).toBe('UNAUTHORIZED');
    }
    const blocked = await rejection(browser(null, ip).caller.auth.login({ email: account.email, password: account.password }));
    expect(blocked.code).toBe('TOO_MANY_REQUESTS');
  });
});

/**
 * The code of the next 30-second step: accepted (the window allows clock drift) and never the one
 * just used to confirm enrolment, so these tests hold when used codes are remembered.
 */
const nextCode = (secret: string) => totpCode(secret, Date.now() + 30_000);
/** A six-digit code that is none of the ones the window accepts now. */
const wrongCode = (secret: string) => {
  const accepted = [-30_000, 0, 30_000].map((d) => totpCode(secret, Date.now() + d));
  return ['123456', '654321', '000000', '999999'].find((c) => !accepted.includes(c))!;
};

describe('second factor (TOTP)', () => {
  /** A signed-in viewer who enrols TOTP; returns the secret and the recovery codes. */
  async function enrolled() {
    const account = await addUser();
    const first = browser();
    await first.caller.auth.login({ email: account.email, password: account.password });
    const { caller } = signedIn(first.cookies[0]);
    const begun = await caller.auth.totpBegin();
    const { recoveryCodes } = await caller.auth.totpConfirm({ code: totpCode(begun.secret) });
    return { account, secret: begun.secret, recoveryCodes };
  }

  it('enrols: a secret with its QR code, then a correct code switches it on and gives 10 recovery codes', async () => {
    const account = await addUser();
    const first = browser();
    await first.caller.auth.login({ email: account.email, password: account.password });
    const { caller } = signedIn(first.cookies[0]);

    const begun = await caller.auth.totpBegin();
    expect(begun.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(begun.qrSvg.startsWith('<svg')).toBe(true);
    expect(begun.uri).toMatch(/^otpauth:\/\/totp\//);

    const bad = await rejection(caller.auth.totpConfirm({ code: wrongCode(begun.secret) }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(db.select().from(users).where(eq(users.id, account.id)).get()!.totpEnabledAt).toBeNull();

    const { recoveryCodes } = await caller.auth.totpConfirm({ code: totpCode(begun.secret) });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const row = db.select().from(users).where(eq(users.id, account.id)).get()!;
    expect(row.totpEnabledAt).not.toBeNull();
    // Only hashes are kept.
    for (const code of recoveryCodes) expect(JSON.stringify(row.recoveryCodes)).not.toContain(code);
  });

  it('asks for the code after the password, and opens no session until it comes', async () => {
    const { account } = await enrolled();
    const before = sessionCount(account.id);
    const { caller, cookies } = browser();
    expect(await caller.auth.login({ email: account.email, password: account.password })).toEqual({
      status: 'code_required',
      user: null,
    });
    expect(cookies).toEqual([]);
    expect(sessionCount(account.id)).toBe(before);
  });

  it('refuses a wrong code and accepts the right one', async () => {
    const { account, secret } = await enrolled();
    const refused = await rejection(signInStatus(account.email, account.password, wrongCode(secret)));
    expect(refused.code).toBe('UNAUTHORIZED');

    const { caller, cookies } = browser();
    const ok = await caller.auth.login({ email: account.email, password: account.password, code: nextCode(secret) });
    expect(ok.status).toBe('ok');
    expect(ok.user?.totpEnabled).toBe(true);
    expect(resolveSession(db, cookies[0]!)?.user.id).toBe(account.id);
  });

  it('never accepts the code without the right password', async () => {
    const { account, secret } = await enrolled();
    const refused = await rejection(
      browser().caller.auth.login({ email: account.email, password: 'not-the-password-1', code: nextCode(secret) }),
    );
    expect(refused.code).toBe('UNAUTHORIZED');
  });

  it('accepts a recovery code once only', async () => {
    const { account, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3]!;
    const ok = await browser().caller.auth.login({ email: account.email, password: account.password, code });
    expect(ok.status).toBe('ok');
    const again = await rejection(browser().caller.auth.login({ email: account.email, password: account.password, code }));
    expect(again.code).toBe('UNAUTHORIZED');
    expect(db.select().from(users).where(eq(users.id, account.id)).get()!.recoveryCodes).toHaveLength(9);
    // The others still work.
    expect(await signInStatus(account.email, account.password, recoveryCodes[4])).toBe('ok');
  });

  it('lets only one of two simultaneous sign-ins use the same recovery code', async () => {
    const { account, recoveryCodes } = await enrolled();
    const code = recoveryCodes[0]!;
    const results = await Promise.allSettled([
      signInStatus(account.email, account.password, code),
      signInStatus(account.email, account.password, code),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(db.select().from(users).where(eq(users.id, account.id)).get()!.recoveryCodes).toHaveLength(9);
  });

  it('accepts a TOTP code only once (ASVS 2.8.4: no replay within its validity period)', async () => {
    const { account, secret } = await enrolled();
    const code = nextCode(secret);
    expect((await browser().caller.auth.login({ email: account.email, password: account.password, code })).status).toBe('ok');
    const replay = await rejection(browser().caller.auth.login({ email: account.email, password: account.password, code }));
    expect(replay.code).toBe('UNAUTHORIZED');
  });

  it('switches off only with the password', async () => {
    const { account, secret } = await enrolled();
    const first = browser();
    await first.caller.auth.login({ email: account.email, password: account.password, code: nextCode(secret) });
    const { caller } = signedIn(first.cookies[0]);
    expect((await rejection(caller.auth.totpDisable({ password: 'not-the-password-1' }))).code).toBe('UNAUTHORIZED');
    expect(db.select().from(users).where(eq(users.id, account.id)).get()!.totpEnabledAt).not.toBeNull();
    await caller.auth.totpDisable({ password: account.password });
    expect(db.select().from(users).where(eq(users.id, account.id)).get()!.totpEnabledAt).toBeNull();
    expect((await browser().caller.auth.login({ email: account.email, password: account.password })).status).toBe('ok');
  });
});

describe('mandatory second factor', () => {
  it('lets a coordinator without TOTP do nothing but enrol, then everything their role allows', async () => {
    expect(authConfig.mfaRequiredRoles).toEqual(expect.arrayContaining(['coordinator', 'admin']));
    const account = await addUser('coordinator');
    const first = browser();
    const result = await first.caller.auth.login({ email: account.email, password: account.password });
    expect(result.user?.mfaSetupRequired).toBe(true);

    const { caller, session } = signedIn(first.cookies[0]);
    expect(session.user.mfaSetupRequired).toBe(true);
    expect(await caller.auth.me()).toMatchObject({ mfaSetupRequired: true });
    expect((await rejection(caller.contacts.reviewDue())).code).toBe('FORBIDDEN');
    expect((await rejection(caller.audit.list())).code).toBe('FORBIDDEN');
    expect((await rejection(caller.contacts.list({ organizationId: 1 }))).code).toBe('FORBIDDEN');

    const { secret } = await caller.auth.totpBegin();
    await caller.auth.totpConfirm({ code: totpCode(secret) });

    // The next sign-in (second factor included) opens a session with the full role.
    const second = browser();
    await second.caller.auth.login({ email: account.email, password: account.password, code: nextCode(secret) });
    const enrolledSession = signedIn(second.cookies[0]);
    expect(enrolledSession.session.user.mfaSetupRequired).toBe(false);
    expect(Array.isArray(await enrolledSession.caller.contacts.reviewDue())).toBe(true);
  });

  it('does not require it of roles outside the setting', async () => {
    const editor = await createTestUser(db, { role: 'editor', orgSlug: 'comune-di-trapani' });
    expect(editor.user.mfaSetupRequired).toBe(false);
    const admin = await createTestUser(db, { role: 'admin' });
    expect(admin.user.mfaSetupRequired).toBe(true);
    expect((await rejection(callerAs(db, admin).users.list())).code).toBe('FORBIDDEN');
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax and Path=/ over HTTP, without Secure', () => {
    const cookie = sessionCookie(false, 'tok');
    const [nameValue, ...attrs] = cookie.split('; ');
    expect(nameValue).toBe('coopera_session=tok');
    expect(attrs).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(attrs).not.toContain('Secure');
    expect(cookie).not.toMatch(/Domain=/i);
  });

  it('is __Host- prefixed and Secure over HTTPS', () => {
    const cookie = sessionCookie(true, 'tok');
    expect(cookie.startsWith('__Host-')).toBe(true);
    expect(cookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Secure']));
    // __Host- cookies must have Path=/ and no Domain.
    expect(cookie).not.toMatch(/Domain=/i);
    expect(sessionCookieName(true)).toBe('__Host-coopera_session');
  });

  it('is cleared with Max-Age=0 at logout', () => {
    expect(sessionCookie(false, null)).toMatch(/^coopera_session=; /);
    expect(sessionCookie(false, null)).toContain('Max-Age=0');
    expect(sessionCookie(true, null)).toContain('Secure');
  });
});
