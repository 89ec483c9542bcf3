import { OAUTH_CALLBACK_PATH, type SystemClient } from '@cxc/shared/api/zoho-connection';
import type { ZohoDeps } from '../../app-deps.ts';
import { loadDataCenters } from '../../zoho/data-centers.ts';
import { listSystemClientRows } from './system-clients.ts';

/** Every DC (simulated ones while the simulator runs) with its system client, if any. Never a secret. */
export async function listSystemClients(
  deps: Pick<ZohoDeps, 'pool' | 'config'>,
): Promise<{ redirectUrl: string; clients: SystemClient[] }> {
  const [dcs, rows] = await Promise.all([
    loadDataCenters(deps.config.zoho.simUrl),
    listSystemClientRows(deps.pool),
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
      };
    }),
  };
}
