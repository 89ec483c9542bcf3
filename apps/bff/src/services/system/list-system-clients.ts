import { OAUTH_CALLBACK_PATH } from '@cxc/shared/api/zoho-connection';
import { type SystemClient } from '@cxc/shared/api/system';
import type { ZohoDeps } from '../../app-deps.ts';
import { loadDataCenters } from '../../zoho/data-centers.ts';
import { systemClientUsage, usageKey } from '../zoho-connection/connect-attempts.ts';
import { listSystemClientRows } from './system-clients.ts';

const NEVER_USED = { lastConnectedAt: null, lastFailedAt: null, lastFailure: null };

/** Every DC (simulated ones while the simulator runs) with its system client, if any. Never a secret. */
export async function listSystemClients(
  deps: Pick<ZohoDeps, 'pool' | 'config'>,
): Promise<{ redirectUrl: string; clients: SystemClient[] }> {
  const [dcs, rows, usage] = await Promise.all([
    loadDataCenters(deps.config.zoho.simUrl),
    listSystemClientRows(deps.pool),
    systemClientUsage(deps.pool),
  ]);
  const byId = new Map(rows.map((row) => [row.data_center_id, row]));
  return {
    redirectUrl: `${deps.config.publicUrl}${OAUTH_CALLBACK_PATH}`,
    clients: dcs.all.map((dataCenter) => {
      const row = byId.get(dataCenter.id);
      return {
        dataCenter,
        clientId: row?.client_id ?? null,
        secretSet: Boolean(row),
        enabled: row?.enabled ?? false,
        updatedAt: row?.updated_at.toISOString() ?? null,
        updatedBy: row?.updated_by ?? null,
        usage: (row && usage.get(usageKey(dataCenter.id, row.client_id))) ?? NEVER_USED,
      };
    }),
  };
}
