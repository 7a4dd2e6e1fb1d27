/**
 * Secrets and their hashes, for sign-in: random tokens, SHA-256 of tokens (what is stored of a session or
 * an API token), and argon2id for passwords (OWASP's minimum: 19 MiB, 2 passes; about 50 ms a hash).
 */
import { createHash, randomBytes as nodeRandomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random secret of `bytes` bytes, base64url (a session, a CSRF token, an API token). */
export function randomSecret(bytes = 32): string {
  return nodeRandomBytes(bytes).toString('base64url');
}

export function randomBytes(count: number): Uint8Array {
  return nodeRandomBytes(count);
}

/** SHA-256 in hex: of a secret kept only hashed, or a frozen document's content (its checksum). */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** False for a wrong password and for a stored hash that cannot be read. */
export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return verify(storedHash, password).catch(() => false);
}
