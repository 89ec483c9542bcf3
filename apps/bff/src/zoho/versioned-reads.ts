import type { ZohoDeps } from '../app-deps.ts';
import { versionedCache } from '../db/versioned-cache.ts';
import { readTokens, type StoredTokens } from '../tokens/token-vault.ts';
import { type ConnectionRecord, readConnection } from './connection-store.ts';

/**
 * Select-list columns (tenant id as $1): a content hash of the tenant's connection row and of its token
 * row. Any write to either (reconnect, token refresh in any process, status change) changes its hash.
 */
export const ZOHO_ROW_VERSION_COLUMNS = `
  (select md5(c::text) from zoho_connections c where c.tenant_id = $1) as connection_version,
  (select md5(t::text) from zoho_tokens t where t.tenant_id = $1) as tokens_version`;

export interface ZohoRowVersions {
  connection_version: string | null;
  tokens_version: string | null;
}

const connections = versionedCache<ConnectionRecord | undefined>();
const tokens = versionedCache<StoredTokens | undefined>();

/** The connection at this version: read (and parsed) only when it changed since this process last read it. */
export function connectionAt(deps: ZohoDeps, tenantId: string, version: string | null) {
  return connections.get(deps.pool, tenantId, version, () => readConnection(deps.pool, tenantId), undefined);
}

/** The decrypted tokens at this version: read and decrypted only when they changed. */
export function tokensAt(deps: ZohoDeps, tenantId: string, version: string | null) {
  return tokens.get(
    deps.pool,
    tenantId,
    version,
    () => readTokens(deps.pool, deps.secretBox, tenantId),
    undefined,
  );
}
