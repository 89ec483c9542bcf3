import type { ZohoDeps } from '../app-deps.ts';
import type { AccessToken } from '../tokens/refresh-access-token.ts';
import { readTokens, type StoredTokens } from '../tokens/token-vault.ts';
import { readConnection, type ConnectionRecord } from './connection-store.ts';
import { createZohoClient } from './create-zoho-client.ts';
import { editionConcurrency, zohoRuntime } from './runtime.ts';
import type { ZohoClient } from './zoho-client.ts';
import { ZohoNeedsReconnectError, ZohoNotConnectedError } from './zoho-errors.ts';

/**
 * A client for a tenant whose tokens exist, whatever the connection status: the connect flow uses it to
 * read the orgs and the current user before the connection is complete. Features use getZohoClient.
 */
export async function openZohoClient(
  deps: ZohoDeps,
  tenantId: string,
  known?: ConnectionRecord,
  knownTokens?: StoredTokens,
): Promise<ZohoClient> {
  const connection = known ?? (await readConnection(deps.pool, tenantId));
  const tokens = connection
    ? (knownTokens ?? (await readTokens(deps.pool, deps.secretBox, tenantId)))
    : undefined;
  if (!connection || !tokens) throw new ZohoNotConnectedError(tenantId);
  const limit = editionConcurrency(connection.org?.edition);
  const session = {
    deps,
    tenantId,
    token: {
      accessToken: tokens.accessToken,
      expiresAt: tokens.accessTokenExpiresAt,
      apiDomain: tokens.apiDomain,
    },
    semaphore: zohoRuntime(deps.pool).semaphore(connection.id, limit),
    log: deps.logger.child({ component: 'zoho', tenantId }),
  };
  return createZohoClient(session, connection.id);
}

/**
 * A client over tokens just issued and not stored yet (never refreshed): the connect flow proves them
 * (reads the org) before they replace a tenant's working tokens.
 */
export function probeZohoClient(deps: ZohoDeps, tenantId: string, token: AccessToken): ZohoClient {
  const session = {
    deps,
    tenantId,
    token,
    semaphore: zohoRuntime(deps.pool).semaphore(`probe:${tenantId}`, editionConcurrency(undefined)),
    log: deps.logger.child({ component: 'zoho', tenantId }),
    refreshable: false,
  };
  return createZohoClient(session, `probe:${tenantId}`);
}

/**
 * The tenant's Zoho client. Throws ZohoNotConnectedError (no usable connection, or the org is not chosen
 * yet) or ZohoNeedsReconnectError (Zoho refused the refresh token) before any call to Zoho.
 */
export async function getZohoClient(
  deps: ZohoDeps,
  tenantId: string,
  known?: ConnectionRecord,
  /** The tenant's tokens as just read (a caller that checked their version); read here otherwise. */
  knownTokens?: StoredTokens,
): Promise<ZohoClient> {
  const connection = known ?? (await readConnection(deps.pool, tenantId));
  if (connection?.status === 'needs_reconnect') throw new ZohoNeedsReconnectError(tenantId);
  if (connection?.status !== 'connected') throw new ZohoNotConnectedError(tenantId);
  return openZohoClient(deps, tenantId, connection, knownTokens);
}
