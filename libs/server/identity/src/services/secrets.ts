import { createHash, randomBytes } from 'node:crypto';
import { hash, verify, Algorithm } from '@node-rs/argon2';

/**
 * Opaque bearer secrets: 32 random bytes, prefixed so a leaked one is recognisable
 * (`ocx_s_` session, `ocx_t_` API token, `ocx_i_` invitation link).
 */
export function newSecret(prefix: 'ocx_s_' | 'ocx_t_' | 'ocx_i_'): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Secrets are high-entropy, so a fast hash is enough to store them; passwords get argon2id. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const ARGON = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let dummyHash: Promise<string> | undefined;
/** Verifying against this keeps a login for an unknown email as slow as one with a wrong password. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}
