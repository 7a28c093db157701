import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../shared/enums';
import type { CodedError } from '../../shared/errors';

// OWASP / ASVS 2.4: argon2id, 19 MiB memory, 2 iterations, 1 lane.
const ARGON2 = { algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable here */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let common: Set<string> | undefined;
/** The ~49,000 most common passwords (zxcvbn-ts' list), loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Why a password is refused, or null when it is acceptable. Length only, no composition rules (ASVS 2.1). */
export function passwordProblem(password: string, email?: string): CodedError | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return { code: 'PASSWORD_TOO_SHORT', params: { min: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH) return { code: 'PASSWORD_TOO_LONG', params: { max: PASSWORD_MAX_LENGTH } };
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return { code: 'PASSWORD_COMMON', params: {} };
  if (/^(.)\1+$/.test(password)) return { code: 'PASSWORD_REPEATS', params: {} };
  if (email && lower.includes(email.toLowerCase().split('@')[0]!) && email.split('@')[0]!.length >= 4) {
    return { code: 'PASSWORD_CONTAINS_EMAIL', params: {} };
  }
  return null;
}

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password-0000'));
