import type { CustomerDataSettings, CustomerDataView, MirrorModule } from '@cxc/shared/api/customer-data';
import type { Pool } from 'pg';
import { inTransaction } from '../../db/queryable.ts';
import { type AuditActor, recordAudit } from '../../audit/record-audit.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { writeMirrorSettings } from '../store/mirror-settings-store.ts';
import { purgeMirror } from '../store/purge-mirror.ts';
import { startImport } from '../store/sync-state-store.ts';
import { customerDataView } from './customer-data-view.ts';

/**
 * Saves the admin's choice. Live mode keeps no copy: the mirror is deleted at once. Otherwise sync is
 * made due now, so a newly chosen module starts importing within seconds (the worker's next tick).
 */
export async function saveCustomerData(
  pool: Pool,
  tenantId: string,
  settings: CustomerDataSettings,
  actor: AuditActor,
): Promise<CustomerDataView> {
  await inTransaction(pool, async (db) => {
    await writeMirrorSettings(db, tenantId, settings, actor.email);
    if (settings.mode === 'live') await purgeMirror(db, tenantId);
    else await db.query('update mirror_sync_state set next_sync_at = now() where tenant_id = $1', [tenantId]);
    await recordAudit(db, { tenantId, actor, action: 'customer_data.saved', details: { ...settings } });
  });
  return customerDataView(pool, tenantId);
}

/** Re-import: the module's cursor starts over (rows stay and are refreshed in place), due now. */
export async function reimportModule(
  pool: Pool,
  tenantId: string,
  module: MirrorModule,
  actor: AuditActor,
): Promise<CustomerDataView> {
  const connection = await readConnection(pool, tenantId);
  if (connection?.status === 'connected' && connection.org) {
    await startImport(pool, tenantId, module, connection.org.id);
    await recordAudit(pool, { tenantId, actor, action: 'customer_data.reimport', details: { module } });
  }
  return customerDataView(pool, tenantId);
}
