import type { CustomerDataView } from '@cxc/shared/api/customer-data';
import type { Queryable } from '../../db/queryable.ts';
import { readMirrorView } from '../index/mirror-view.ts';
import { readMirrorSettings } from '../store/mirror-settings-store.ts';
import { readSyncStates } from '../store/sync-state-store.ts';
import { estimateCredits } from './estimate-credits.ts';
import { moduleStatuses } from './module-status.ts';

/** Settings → Customer data: the settings, the mode in force, status per module and the cost estimate. */
export async function customerDataView(db: Queryable, tenantId: string): Promise<CustomerDataView> {
  const settings = await readMirrorSettings(db, tenantId);
  const states = await readSyncStates(db, tenantId);
  const view = await readMirrorView(db, tenantId);
  const { rows } = await db.query<{ active: boolean }>(
    'select expires_at > now() as active from mirror_watch_channels where tenant_id = $1',
    [tenantId],
  );
  return {
    settings,
    effectiveMode: view.modules.length > 0 ? 'cache' : 'live',
    push: rows[0]?.active ? 'active' : 'off',
    modules: await moduleStatuses(db, tenantId, settings.modules, states, Date.now()),
    estimate: await estimateCredits(db, tenantId, settings),
  };
}
