import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: unguessable, so a fast hash (no salt, no stretching) is enough to store it. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}
