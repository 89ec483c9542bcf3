import type { Lookup } from '@cxc/shared/domain/lookup';
import type { CountryCode } from 'libphonenumber-js';
import type { Queryable } from '../../db/queryable.ts';
import type { IdentityFinder } from './batched-identity-finder.ts';
import { mirrorLookup } from './mirror-lookup.ts';
import { type MirrorView, readMirrorView } from './mirror-view.ts';

/**
 * The planner's Lookup for automation and the dry run: the mirror when the tenant's mode lets it answer
 * (0 Zoho calls to identify a known person), with misses confirmed live once the mirror is older than
 * MIRROR_CONFIRM_AFTER_SECONDS, so a person created in Zoho since the last sync is not created twice.
 */
export async function identificationLookup(
  db: Queryable,
  tenantId: string,
  live: Lookup,
  defaultCountry: CountryCode | undefined,
  /** The engine's: the mirror's view as it read it with other things, and its shared identity finder. */
  engine?: { view: MirrorView; finder: IdentityFinder },
): Promise<Lookup> {
  const view = engine?.view ?? (await readMirrorView(db, tenantId));
  if (view.modules.length === 0) return live;
  return mirrorLookup(db, tenantId, view, live, {
    defaultCountry,
    confirmMisses: true,
    finder: engine?.finder,
  });
}
