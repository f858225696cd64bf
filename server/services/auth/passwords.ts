import { hash, verify } from '@node-rs/argon2';

// argon2id (algorithm 2) with OWASP's minimum memory cost; hashing never runs inside a transaction.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against its hash; a malformed hash is a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the username does not exist, so timing does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;
/** A hash of nothing in particular, computed once. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('no-such-user-0');
  return dummyHash;
}
