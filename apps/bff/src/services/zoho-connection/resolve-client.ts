import type { DataCenterOption } from '@cxc/shared/api/zoho-connection';
import { zohoDcSchema } from '@cxc/shared/domain/zoho-dcs';
import { customSecretContext, type ConnectionRecord } from '../../zoho/connection-store.ts';
import type { DataCenters } from '../../zoho/data-centers.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { ConnectFailure, connectError } from './connect-errors.ts';
import { readEnabledSystemClient } from '../system/system-clients.ts';

export interface ResolvedClient {
  configKind: 'system' | 'custom';
  dataCenter: DataCenterOption;
  clientId: string;
  clientSecret: string;
  accountsUrl: string;
  apiUrl: string;
}

/**
 * The DC option a stored configuration names. A simulated DC stored while the simulator ran is kept
 * displayable from the row's own URLs when the simulator is gone (it is then not connectable).
 */
export function dataCenterOf(dcs: DataCenters, connection: ConnectionRecord): DataCenterOption {
  const known = dcs.find(connection.dataCenterId);
  if (known) return known;
  const dc = zohoDcSchema.catch('us').parse(connection.dataCenterId.replace(/^sim-/, ''));
  return {
    id: connection.dataCenterId,
    dc,
    simulated: connection.dataCenterId.startsWith('sim-'),
    accountsUrl: connection.accountsUrl,
    apiUrl: connection.apiUrl,
    webUrl: connection.apiUrl,
  };
}

/** The client credentials and hosts a connect attempt uses, from the tenant's saved configuration. */
export async function resolveClient(
  deps: ZohoDeps,
  dcs: DataCenters,
  connection: ConnectionRecord,
): Promise<ResolvedClient> {
  const dataCenter = dcs.find(connection.dataCenterId);
  if (!dataCenter)
    throw new ConnectFailure(connectError('dc_not_configured', { dataCenter: connection.dataCenterId }));
  // Re-checked at every use: the allowlist (the simulator's hosts) may have changed since the save.
  if (
    !dcs.isKnownAccountsUrl(connection.accountsUrl, dataCenter.simulated) ||
    !dcs.isKnownApiUrl(connection.apiUrl, dataCenter.simulated)
  ) {
    throw new ConnectFailure(connectError('dc_not_configured', { dataCenter: dataCenter.id }));
  }
  const base = {
    configKind: connection.configKind,
    dataCenter,
    accountsUrl: connection.accountsUrl,
    apiUrl: connection.apiUrl,
  };
  if (connection.configKind === 'system') {
    const system = await readEnabledSystemClient(deps.pool, deps.secretBox, dataCenter.id);
    if (!system) throw new ConnectFailure(connectError('dc_not_configured', { dataCenter: dataCenter.id }));
    return { ...base, ...system };
  }
  if (!connection.clientId || !connection.clientSecretSealed) {
    throw new ConnectFailure(connectError('invalid_client', { dataCenter: dataCenter.id }));
  }
  return {
    ...base,
    clientId: connection.clientId,
    clientSecret: deps.secretBox.decrypt(
      connection.clientSecretSealed,
      customSecretContext(connection.tenantId),
    ),
  };
}
