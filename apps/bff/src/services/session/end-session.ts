import { hashSessionId } from '../../auth/session-id.ts';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Queryable } from '../../db/queryable.ts';
import { sessionCache } from './session-cache.ts';
import type { SessionTokens } from './session-tokens.ts';

/**
 * Deletes the session and hands back its ID token, which the IdP's end-session endpoint takes as
 * `id_token_hint`. Undefined when the session did not exist (already ended or expired).
 */
export async function endSession(
  db: Queryable,
  box: SecretBox,
  sessionId: string,
): Promise<{ idToken?: string } | undefined> {
  const idHash = hashSessionId(sessionId);
  sessionCache.forget(idHash);
  const { rows } = await db.query<{ tokens_sealed: string }>(
    'delete from sessions where id_hash = $1 returning tokens_sealed',
    [idHash],
  );
  const row = rows[0];
  if (!row) return undefined;
  try {
    const tokens = JSON.parse(box.decrypt(row.tokens_sealed, idHash)) as SessionTokens;
    return tokens.idToken ? { idToken: tokens.idToken } : {};
  } catch {
    // Sign-out must still succeed if the sealing key was retired meanwhile; only the IdP hint is lost.
    return {};
  }
}
