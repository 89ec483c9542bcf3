import { OAUTH_CALLBACK_PATH, type Connection } from '@cxc/shared/api/zoho-connection';
import type { Queryable } from '../../db/queryable.ts';
import { readTokens } from '../../tokens/token-vault.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { creditsUsed24h } from '../../zoho/credits.ts';
import { loadDataCenters } from '../../zoho/data-centers.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { getCurrentSettings } from '../settings/get-settings.ts';
import { dataCenterOf } from './resolve-client.ts';
import { listSystemClientRows } from '../system/system-clients.ts';

/** The connection card: configuration, status, org, user, token health, credits. Never a token or secret. */
export async function connectionView(
  deps: ZohoDeps,
  tenantId: string,
  db: Queryable = deps.pool,
): Promise<Connection> {
  const { settings } = await getCurrentSettings(db, tenantId);
  const [dcs, connection, tokens, systemRows, credits] = await Promise.all([
    loadDataCenters(deps.config.zoho.simUrl),
    readConnection(db, tenantId),
    readTokens(db, deps.secretBox, tenantId),
    listSystemClientRows(db),
    creditsUsed24h(db, tenantId),
  ]);
  const enabledSystem = new Set(systemRows.filter((row) => row.enabled).map((row) => row.data_center_id));
  const config = connection && {
    kind: connection.configKind,
    dataCenter: dataCenterOf(dcs, connection),
    clientId: connection.configKind === 'custom' ? connection.clientId : null,
    secretSet: connection.configKind === 'system' || connection.clientSecretSealed !== null,
    accountsUrl: connection.accountsUrl,
    apiUrl: connection.apiUrl,
  };
  return {
    status: connection?.status ?? 'not_connected',
    redirectUrl: `${deps.config.publicUrl}${OAUTH_CALLBACK_PATH}`,
    config: config ?? null,
    systemDataCenters: dcs.all.filter((option) => enabledSystem.has(option.id)),
    dataCenters: dcs.all,
    org: connection?.org ?? null,
    zohoUser: connection?.zohoUser ?? null,
    connectedAt: connection?.connectedAt?.toISOString() ?? null,
    connectedBy: connection?.connectedBy ?? null,
    scopes: tokens?.scopes ?? [],
    token: tokens
      ? {
          lastRefreshAt: tokens.lastRefreshAt?.toISOString() ?? null,
          accessTokenExpiresAt: tokens.accessTokenExpiresAt.toISOString(),
          lastError: tokens.lastError && {
            code: tokens.lastError.code,
            message: tokens.lastError.message,
            at: tokens.lastError.at.toISOString(),
          },
        }
      : null,
    creditsUsed24h: credits,
    defaultCountry: settings.defaultCountry ?? null,
    warnings: connection?.warnings ?? [],
  };
}
