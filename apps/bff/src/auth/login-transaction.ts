import { z } from 'zod';
import type { SecretBox } from '../crypto/secret-box.ts';

const transactionSchema = z.object({
  state: z.string(),
  nonce: z.string(),
  codeVerifier: z.string(),
  returnTo: z.string(),
  expiresAt: z.number(),
});
export type LoginTransaction = z.infer<typeof transactionSchema>;

/** Ten minutes to type a password; the IdP's own interaction expires around the same time. */
export const LOGIN_TTL_SECONDS = 600;
const CONTEXT = 'login-transaction';

/**
 * The PKCE verifier, state and nonce travel in a sealed cookie: bound to this browser (login CSRF
 * protection), unreadable and unforgeable by it, and no database row for abandoned sign-ins.
 */
export function sealTransaction(box: SecretBox, transaction: LoginTransaction): string {
  return box.encrypt(JSON.stringify(transaction), CONTEXT);
}

export function openTransaction(
  box: SecretBox,
  sealed: string | undefined,
  now = Date.now(),
): LoginTransaction | undefined {
  if (!sealed) return undefined;
  try {
    const parsed = transactionSchema.safeParse(JSON.parse(box.decrypt(sealed, CONTEXT)));
    return parsed.success && parsed.data.expiresAt > now ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
