import { type CustomerDataSettings, MIRROR_MODULES, type MirrorModule } from '@cxc/shared/api/customer-data';
import type { Queryable } from '../../db/queryable.ts';
import { type SettingsRow, settingsFromRow } from '../store/mirror-settings-store.ts';

/** What the mirror can answer for a tenant right now. */
export interface MirrorView {
  /** Modules the mirror answers for (imported and chosen); empty = ask Zoho live. */
  modules: MirrorModule[];
  /** The oldest last sync among those modules: the "as of" shown to agents. */
  asOf: Date | null;
  /** The admin's mode (strict `cache` makes the screen pop skip Zoho entirely); read here, not again. */
  mode: CustomerDataSettings['mode'];
  /**
   * A watch channel is live (not expired): Zoho pushes every create, edit and delete of the mirrored
   * modules within seconds, so the mirror is current between polls.
   */
  pushed: boolean;
}

/** Select-list columns (tenant id as $1) for mirrorViewFromRow: other one-query reads embed them. */
export const MIRROR_VIEW_COLUMNS = `
  (select row_to_json(m) from (select mode, modules, interval_seconds from mirror_settings
                                where tenant_id = $1) m) as mirror_settings,
  coalesce((select json_agg(json_build_object('module', s.module, 'phase', s.phase,
                                              'last_sync_at', s.last_sync_at))
              from mirror_sync_state s
              join zoho_connections c on c.tenant_id = s.tenant_id and c.status = 'connected'
                                     and c.org->>'id' = s.org_id
             where s.tenant_id = $1), '[]'::json) as mirror_states,
  exists(select 1 from mirror_watch_channels w
          where w.tenant_id = $1 and w.expires_at > now()) as mirror_pushed`;

export interface MirrorViewRow {
  mirror_settings: SettingsRow | null;
  mirror_states: { module: MirrorModule; phase: string; last_sync_at: string | null }[];
  mirror_pushed?: boolean;
}

/**
 * `live` never reads the mirror. `cache` reads it for every module whose import finished (the others are
 * asked live until then). `auto` reads it once every chosen module is imported, so an agent never gets
 * a half-imported answer.
 */
export async function readMirrorView(db: Queryable, tenantId: string): Promise<MirrorView> {
  // One round trip for the settings and the module states: the screen pop waits on this for every call.
  const { rows } = await db.query<MirrorViewRow>(`select ${MIRROR_VIEW_COLUMNS}`, [tenantId]);
  return mirrorViewFromRow(rows[0]);
}

export function mirrorViewFromRow(row: MirrorViewRow | undefined): MirrorView {
  const settings = settingsFromRow(row?.mirror_settings);
  const states = row?.mirror_states ?? [];
  const pushed = row?.mirror_pushed === true;
  const live: MirrorView = { modules: [], asOf: null, mode: settings.mode, pushed };
  if (settings.mode === 'live') return live;
  const ready = states.filter(
    (r) => r.phase === 'ready' && settings.modules.includes(r.module) && MIRROR_MODULES.includes(r.module),
  );
  if (settings.mode === 'auto' && ready.length < settings.modules.length) return live;
  if (ready.length === 0) return live;
  const times = ready.map((r) => (r.last_sync_at ? Date.parse(r.last_sync_at) : 0));
  const oldest = Math.min(...times);
  const asOf = oldest ? new Date(oldest) : null;
  return { modules: ready.map((r) => r.module), asOf, mode: settings.mode, pushed };
}
