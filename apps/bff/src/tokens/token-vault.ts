import type { SecretBox } from '../crypto/secret-box.ts';
import type { Queryable } from '../db/queryable.ts';

/** A tenant's Zoho tokens, decrypted. Only src/tokens and src/zoho ever hold one of these. */
export interface StoredTokens {
  tenantId: string;
  refreshToken: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  clientId: string;
  clientSecret: string;
  accountsUrl: string;
  apiDomain: string;
  location: string | null;
  scopes: string[];
  createdAt: Date;
  lastRefreshAt: Date | null;
  lastError: { code: string; message: string; at: Date } | null;
  /** Which kind of client issued them and for which DC; null on tokens stored before this was recorded. */
  clientKind: 'system' | 'custom' | 'self_client' | null;
  dataCenterId: string | null;
}

export type NewTokens = Omit<StoredTokens, 'createdAt' | 'lastRefreshAt' | 'lastError'>;

interface TokenRow {
  tenant_id: string;
  refresh_token_sealed: string;
  access_token_sealed: string;
  access_token_expires_at: Date;
  client_id: string;
  client_secret_sealed: string;
  accounts_url: string;
  api_domain: string;
  location: string | null;
  scopes: string[];
  created_at: Date;
  last_refresh_at: Date | null;
  last_error_code: string | null;
  last_error_message: string | null;
  last_error_at: Date | null;
  client_kind: StoredTokens['clientKind'];
  data_center_id: string | null;
}

// One context per tenant and purpose: a sealed value copied to another tenant's row, or from the
// access-token column to the refresh-token column, fails to open.
const context = {
  refresh: (tenantId: string) => `zoho-refresh-token:${tenantId}`,
  access: (tenantId: string) => `zoho-access-token:${tenantId}`,
  clientSecret: (tenantId: string) => `zoho-token-client-secret:${tenantId}`,
};

/** The key id is the second part of a sealed value (`v1.<keyId>.…`); stored so rotation can find old rows. */
function keyIdOf(sealed: string): string {
  return sealed.split('.')[1] ?? '';
}

export async function readTokens(
  db: Queryable,
  box: SecretBox,
  tenantId: string,
): Promise<StoredTokens | undefined> {
  const { rows } = await db.query<TokenRow>('select * from zoho_tokens where tenant_id = $1', [tenantId]);
  const row = rows[0];
  if (!row) return undefined;
  return {
    tenantId,
    refreshToken: box.decrypt(row.refresh_token_sealed, context.refresh(tenantId)),
    accessToken: box.decrypt(row.access_token_sealed, context.access(tenantId)),
    accessTokenExpiresAt: row.access_token_expires_at,
    clientId: row.client_id,
    clientSecret: box.decrypt(row.client_secret_sealed, context.clientSecret(tenantId)),
    accountsUrl: row.accounts_url,
    apiDomain: row.api_domain,
    location: row.location,
    scopes: row.scopes,
    createdAt: row.created_at,
    lastRefreshAt: row.last_refresh_at,
    lastError:
      row.last_error_code && row.last_error_at
        ? { code: row.last_error_code, message: row.last_error_message ?? '', at: row.last_error_at }
        : null,
    clientKind: row.client_kind,
    dataCenterId: row.data_center_id,
  };
}

/** Replaces the tenant's tokens (connect, reconnect) and resets the refresh budget of the old refresh token. */
export async function saveTokens(db: Queryable, box: SecretBox, tokens: NewTokens): Promise<void> {
  const { tenantId } = tokens;
  const refreshSealed = box.encrypt(tokens.refreshToken, context.refresh(tenantId));
  await db.query(
    `insert into zoho_tokens (tenant_id, key_id, refresh_token_sealed, access_token_sealed, access_token_expires_at,
       client_id, client_secret_sealed, accounts_url, api_domain, location, scopes, client_kind, data_center_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (tenant_id) do update set key_id = excluded.key_id,
       refresh_token_sealed = excluded.refresh_token_sealed, access_token_sealed = excluded.access_token_sealed,
       access_token_expires_at = excluded.access_token_expires_at, client_id = excluded.client_id,
       client_secret_sealed = excluded.client_secret_sealed, accounts_url = excluded.accounts_url,
       api_domain = excluded.api_domain, location = excluded.location, scopes = excluded.scopes,
       client_kind = excluded.client_kind, data_center_id = excluded.data_center_id, created_at = now(), last_refresh_at = null, last_error_code = null, last_error_message = null,
       last_error_at = null`,
    [
      tenantId,
      keyIdOf(refreshSealed),
      refreshSealed,
      box.encrypt(tokens.accessToken, context.access(tenantId)),
      tokens.accessTokenExpiresAt,
      tokens.clientId,
      box.encrypt(tokens.clientSecret, context.clientSecret(tenantId)),
      tokens.accountsUrl,
      tokens.apiDomain,
      tokens.location,
      tokens.scopes,
      tokens.clientKind,
      tokens.dataCenterId,
    ],
  );
  await db.query('delete from zoho_token_refreshes where tenant_id = $1', [tenantId]);
}

export async function saveAccessToken(
  db: Queryable,
  box: SecretBox,
  tenantId: string,
  accessToken: string,
  expiresAt: Date,
): Promise<void> {
  const sealed = box.encrypt(accessToken, context.access(tenantId));
  await db.query(
    // key_id keeps naming the key of the long-lived values (refresh token, client secret).
    `update zoho_tokens set access_token_sealed = $2, access_token_expires_at = $3,
       last_refresh_at = now(), last_error_code = null, last_error_message = null, last_error_at = null
     where tenant_id = $1`,
    [tenantId, sealed, expiresAt],
  );
}

/** `message` is shown on the connection card: Zoho's error code in plain words, never a token. */
export async function saveTokenError(
  db: Queryable,
  tenantId: string,
  code: string,
  message: string,
): Promise<void> {
  await db.query(
    'update zoho_tokens set last_error_code = $2, last_error_message = $3, last_error_at = now() where tenant_id = $1',
    [tenantId, code, message],
  );
}

export async function deleteTokens(db: Queryable, tenantId: string): Promise<void> {
  await db.query('delete from zoho_tokens where tenant_id = $1', [tenantId]);
  await db.query('delete from zoho_token_refreshes where tenant_id = $1', [tenantId]);
}
