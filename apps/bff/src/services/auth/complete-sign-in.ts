import type { SessionUser } from '@cxc/shared/api/session';
import type { Pool } from 'pg';
import { hashSessionId } from '../../auth/session-id.ts';
import type { SecretBox } from '../../crypto/secret-box.ts';
import { inTransaction } from '../../db/queryable.ts';
import { createSession, type CreatedSession } from '../session/create-session.ts';
import type { SessionTokens } from '../session/session-tokens.ts';
import { upsertTenant } from '../tenants/upsert-tenant.ts';
import { sessionCache } from '../session/session-cache.ts';

export interface CompleteSignInInput {
  user: SessionUser;
  tokens: SessionTokens;
  ttlSeconds: number;
  /** The session cookie the browser arrived with, if any: it is replaced (no session fixation). */
  previousSessionId: string | undefined;
}

/** Records the tenant and opens a fresh session for an identity the IdP vouched for. */
export async function completeSignIn(
  pool: Pool,
  box: SecretBox,
  input: CompleteSignInInput,
): Promise<CreatedSession> {
  return inTransaction(pool, async (client) => {
    if (input.user.tenant) await upsertTenant(client, input.user.tenant);
    if (input.previousSessionId) {
      const previous = hashSessionId(input.previousSessionId);
      sessionCache.forget(previous);
      await client.query('delete from sessions where id_hash = $1', [previous]);
    }
    // Opportunistic clean-up keeps the table small without a scheduler.
    await client.query('delete from sessions where expires_at < now()');
    return createSession(client, box, {
      user: input.user,
      tokens: input.tokens,
      ttlSeconds: input.ttlSeconds,
    });
  });
}
