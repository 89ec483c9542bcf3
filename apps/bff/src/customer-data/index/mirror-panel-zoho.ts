import type { MirrorModule } from '@cxc/shared/api/customer-data';
import type { ZohoRecord } from '@cxc/shared/domain/lookup';
import type { Queryable } from '../../db/queryable.ts';
import type { PanelZoho } from '../../services/agent-panel/panel-zoho.ts';
import type { ZohoSearchQuery } from '../../zoho/zoho-client.ts';
import { findByIdentity } from './find-in-mirror.ts';
import { answerFromMirror } from './mirror-lookup.ts';
import type { MirrorPrefetch } from './mirror-prefetch.ts';
import type { MirrorView } from './mirror-view.ts';

/**
 * The agent panel's door to Zoho with the mirror in front: searches, record reads and phone lookups of
 * mirrored modules are answered from PostgreSQL (0 Zoho calls); everything else (other modules, word
 * searches, creating records) goes to Zoho as before. A record read by id that the mirror lacks (made in
 * Zoho since the last sync) is read live, so a link never shows "not found" for a fresh record.
 */
export function mirrorPanelZoho(
  live: PanelZoho,
  db: Queryable,
  tenantId: string,
  view: MirrorView,
  /** What the screen pop read up front for its identity keys (one query instead of one per question). */
  prefetch?: MirrorPrefetch,
): PanelZoho {
  const mirrored = (module: string): module is MirrorModule => (view.modules as string[]).includes(module);
  return {
    ...live,
    async search(module, query: ZohoSearchQuery) {
      if (!mirrored(module) || 'word' in query) return live.search(module, query);
      const question =
        'email' in query
          ? ({ by: 'email', module, email: query.email } as const)
          : 'phone' in query
            ? ({ by: 'phone', module, phone: query.phone } as const)
            : ({ by: 'criteria', module, criteria: query.criteria } as const);
      return answerFromMirror(db, tenantId, question, undefined, prefetch);
    },
    async getRecord(module, id) {
      if (!mirrored(module)) return live.getRecord(module, id);
      const [record] = await answerFromMirror(db, tenantId, { by: 'id', module, id }, undefined, prefetch);
      return record ?? live.getRecord(module, id);
    },
    async findByPhone(module, e164, variants) {
      if (!mirrored(module)) return live.findByPhone(module, e164, variants);
      const query = { kind: 'phone', key: e164 } as const;
      const hits =
        prefetch?.findByIdentity([module], query) ?? (await findByIdentity(db, tenantId, [module], query));
      return hits.map((h): ZohoRecord => h.record);
    },
  };
}
