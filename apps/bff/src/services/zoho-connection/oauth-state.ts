import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SecretBox } from '../../crypto/secret-box.ts';
import type { Queryable } from '../../db/queryable.ts';

/** Long enough to sign in at Zoho and read the consent screen. */
export const STATE_TTL_SECONDS = 600;

/** What the callback needs, frozen at start: the PKCE verifier and the configuration snapshot. */
export const pendingAuthorizationSchema = z.object({
  codeVerifier: z.string(),
  configKind: z.enum(['system', 'custom']),
  dataCenterId: z.string(),
  simulated: z.boolean(),
  clientId: z.string(),
  clientSecret: z.string(),
  accountsUrl: z.string(),
  apiUrl: z.string(),
  redirectUri: z.string(),
  actor: z.object({ email: z.string(), name: z.string(), role: z.string() }),
});
export type PendingAuthorization = z.infer<typeof pendingAuthorizationSchema>;

export const hashState = (state: string) => createHash('sha256').update(state, 'utf8').digest('hex');
const context = (stateHash: string) => `zoho-oauth-state:${stateHash}`;

export async function saveState(
  db: Queryable,
  box: SecretBox,
  row: {
    state: string;
    sessionIdHash: string;
    tenantId: string;
    mode: 'popup' | 'redirect';
    pending: PendingAuthorization;
  },
): Promise<void> {
  const stateHash = hashState(row.state);
  await db.query('delete from zoho_oauth_states where expires_at < now()');
  await db.query(
    `insert into zoho_oauth_states (state_hash, session_id_hash, tenant_id, sealed, mode, expires_at)
     values ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
    [
      stateHash,
      row.sessionIdHash,
      row.tenantId,
      box.encrypt(JSON.stringify(row.pending), context(stateHash)),
      row.mode,
      STATE_TTL_SECONDS,
    ],
  );
}

export interface TakenState {
  sessionIdHash: string;
  tenantId: string;
  mode: 'popup' | 'redirect';
  pending: PendingAuthorization;
}

/**
 * Removes and returns the row for `state`: single use, so a replayed callback finds nothing. Expired
 * rows count as absent.
 */
export async function takeState(
  db: Queryable,
  box: SecretBox,
  state: string,
): Promise<TakenState | undefined> {
  const stateHash = hashState(state);
  const { rows } = await db.query<{
    session_id_hash: string;
    tenant_id: string;
    sealed: string;
    mode: 'popup' | 'redirect';
    live: boolean;
  }>(
    'delete from zoho_oauth_states where state_hash = $1 returning session_id_hash, tenant_id, sealed, mode, expires_at > now() as live',
    [stateHash],
  );
  const row = rows[0];
  if (!row?.live) return undefined;
  const pending = pendingAuthorizationSchema.parse(JSON.parse(box.decrypt(row.sealed, context(stateHash))));
  return { sessionIdHash: row.session_id_hash, tenantId: row.tenant_id, mode: row.mode, pending };
}

/** The mode of a state still pending, without consuming it (to pick page or redirect for an early error). */
export async function peekMode(db: Queryable, state: string): Promise<'popup' | 'redirect' | undefined> {
  const { rows } = await db.query<{ mode: 'popup' | 'redirect' }>(
    'select mode from zoho_oauth_states where state_hash = $1',
    [hashState(state)],
  );
  return rows[0]?.mode;
}
