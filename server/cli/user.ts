/**
 * Operators' account commands (see README):
 *   npm run user:add -- --email E --name N --role R [--org SLUG]
 *   npm run user:disable -- --email E
 *   npm run user:reset-password -- --email E
 * The password is read from standard input when it is not a terminal, otherwise prompted without echo.
 */
import { parseArgs } from 'node:util';
import { TRPCError } from '@trpc/server';
import { userCreateInput } from '../../shared/schemas/users';
import { newPassword } from '../../shared/schemas/auth';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { loadSeed } from '../db/seed';
import { seedData } from '../db/seed-data';
import { commandLine } from '../users/audit';
import { createUser, findUserByEmail, resetPassword, updateUser } from '../users/service';
import { describeIssues } from '../../shared/errors';

const databasePath = (() => {
  try {
    return loadConfig().databasePath;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
})();

async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  const ask = (text: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(text);
      const stdin = process.stdin;
      stdin.setRawMode(true);
      stdin.resume();
      let value = '';
      const onData = (buf: Buffer) => {
        for (const ch of buf.toString('utf8')) {
          if (ch === '\r' || ch === '\n') {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.off('data', onData);
            process.stdout.write('\n');
            return resolve(value);
          }
          if (ch === '\u0003') process.exit(130);
          value = ch === '\u007f' ? value.slice(0, -1) : value + ch;
        }
      };
      stdin.on('data', onData);
    });
  const first = await ask(prompt);
  const again = await ask('Repeat the password: ');
  if (first !== again) fail('The two passwords differ');
  return first;
}

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, org: { type: 'string' } },
  });
  if (!values.email) fail('--email is required');
  const db = openDatabase(databasePath);
  loadSeed(db, seedData); // same database the server would create: organisations exist for --org
  try {
    switch (command) {
      case 'add': {
        const password = await readPassword(`Password for ${values.email} (at least 12 characters): `);
        const parsed = userCreateInput.safeParse({
          email: values.email,
          name: values.name,
          role: values.role,
          organizationSlug: values.org ?? null,
          password,
        });
        if (!parsed.success) fail(describeIssues(parsed.error.issues));
        const { id } = await createUser(db, parsed.data, commandLine('user:add'));
        console.log(`Created ${parsed.data.role} ${parsed.data.email} (id ${id})`);
        break;
      }
      case 'disable': {
        const user = findUserByEmail(db, values.email) ?? fail(`No account for ${values.email}`);
        updateUser(db, { id: user.id, disabled: true }, commandLine('user:disable'));
        console.log(`Disabled ${user.email}; their sessions have ended`);
        break;
      }
      case 'reset-password': {
        const user = findUserByEmail(db, values.email) ?? fail(`No account for ${values.email}`);
        const password = await readPassword(`New password for ${user.email}: `);
        const parsed = newPassword.safeParse(password);
        if (!parsed.success) fail(describeIssues(parsed.error.issues));
        await resetPassword(db, user.id, parsed.data, commandLine('user:reset-password'));
        console.log(`Password of ${user.email} changed; their sessions have ended`);
        break;
      }
      default:
        fail('Use one of: add, disable, reset-password');
    }
  } catch (error) {
    if (error instanceof TRPCError) fail(error.message);
    throw error;
  } finally {
    db.$client.close();
  }
}

await main();
