import type { SessionUser } from '@cxc/shared/api/session';
import { hashSessionId, newCsrfToken, newSessionId } from '../../auth/session-id.ts';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Queryable } from '../../db/queryable.ts';
import type { SessionTokens } from './session-tokens.ts';

export interface CreatedSession {
  /** The raw id: goes into the cookie and nowhere else. */
  sessionId: string;
  expiresAt: Date;
}

export async function createSession(
  db: Queryable,
  box: SecretBox,
  input: { user: SessionUser; tokens: SessionTokens; ttlSeconds: number },
): Promise<CreatedSession> {
  const sessionId = newSessionId();
  const idHash = hashSessionId(sessionId);
  const expiresAt = new Date(Date.now() + input.ttlSeconds * 1000);
  // Bound to the row's hash: a sealed blob copied into another session row does not open.
  const sealed = box.encrypt(JSON.stringify(input.tokens), idHash);
  const { user } = input;
  await db.query(
    `insert into sessions (id_hash, subject, email, name, role, tenant_id, csrf_token, tokens_sealed, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      idHash,
      user.sub,
      user.email,
      user.name,
      user.role,
      user.tenant?.id ?? null,
      newCsrfToken(),
      sealed,
      expiresAt,
    ],
  );
  return { sessionId, expiresAt };
}
