import { hash, verify } from "@node-rs/argon2";

/** argon2id at OWASP's minimum: 19 MiB, 2 iterations, 1 lane (~13 ms per hash here). */
// 2 = Argon2id in @node-rs/argon2's Algorithm enum (a const enum, which isolated modules cannot import).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against the stored hash, or against a throw-away hash when there is no user, so that an
 * unknown username takes as long as a wrong password.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword("no such user: this hash only spends the same time");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
