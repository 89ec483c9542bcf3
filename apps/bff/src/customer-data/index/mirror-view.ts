import { MIRROR_MODULES, type MirrorModule } from '@cxc/shared/api/customer-data';
import type { Queryable } from '../../db/queryable.ts';
import { readMirrorSettings } from '../store/mirror-settings-store.ts';

/** What the mirror can answer for a tenant right now. */
export interface MirrorView {
  /** Modules the mirror answers for (imported and chosen); empty = ask Zoho live. */
  modules: MirrorModule[];
  /** The oldest last sync among those modules: the "as of" shown to agents. */
  asOf: Date | null;
}

const LIVE: MirrorView = { modules: [], asOf: null };

/**
 * `live` never reads the mirror. `cache` reads it for every module whose import finished (the others are
 * asked live until then). `auto` reads it once every chosen module is imported, so an agent never gets
 * a half-imported answer.
 */
export async function readMirrorView(db: Queryable, tenantId: string): Promise<MirrorView> {
  const settings = await readMirrorSettings(db, tenantId);
  if (settings.mode === 'live') return LIVE;
  const { rows } = await db.query<{ module: MirrorModule; phase: string; last_sync_at: Date | null }>(
    `select s.module, s.phase, s.last_sync_at from mirror_sync_state s
       join zoho_connections c on c.tenant_id = s.tenant_id and c.status = 'connected' and c.org->>'id' = s.org_id
      where s.tenant_id = $1`,
    [tenantId],
  );
  const ready = rows.filter(
    (r) => r.phase === 'ready' && settings.modules.includes(r.module) && MIRROR_MODULES.includes(r.module),
  );
  if (settings.mode === 'auto' && ready.length < settings.modules.length) return LIVE;
  if (ready.length === 0) return LIVE;
  const times = ready.map((r) => r.last_sync_at?.getTime() ?? 0);
  const oldest = Math.min(...times);
  return { modules: ready.map((r) => r.module), asOf: oldest ? new Date(oldest) : null };
}
