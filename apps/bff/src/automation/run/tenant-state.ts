import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoDeps } from '../../app-deps.ts';
import {
  MIRROR_VIEW_COLUMNS,
  type MirrorView,
  mirrorViewFromRow,
  type MirrorViewRow,
} from '../../customer-data/index/mirror-view.ts';
import { SETTINGS_VERSION_COLUMN, settingsAt } from '../../services/settings/settings-at.ts';
import { asCountryCode } from '../../services/settings/org-country.ts';
import type { StoredTokens } from '../../tokens/token-vault.ts';
import type { ConnectionRecord } from '../../zoho/connection-store.ts';
import {
  connectionAt,
  tokensAt,
  ZOHO_ROW_VERSION_COLUMNS,
  type ZohoRowVersions,
} from '../../zoho/versioned-reads.ts';

/** What one event attempt needs of its tenant: the connection, its tokens, the settings and the mirror. */
export interface TenantState {
  connection: ConnectionRecord | undefined;
  tokens: StoredTokens | undefined;
  settings: IntegrationSettings;
  /** What the tenant's mirror answers now (identification asks it before Zoho). */
  mirror: MirrorView;
}

interface TenantStateRow extends ZohoRowVersions, MirrorViewRow {
  settings_version: string | null;
  metadata_fetched_at: Date | null;
}

/**
 * The tenant's state in one round trip: content hashes of the connection, token and latest settings rows
 * (plus the shared metadata entry's `fetched_at` and the mirror's view), the rows themselves read, decrypted and parsed only
 * when their hash moved. A token refresh, reconnect or settings save in any process therefore applies
 * to this process's next event, while an unchanged tenant costs one statement instead of four.
 */
export async function readTenantState(deps: ZohoDeps, tenantId: string): Promise<TenantState> {
  const { rows } = await deps.pool.query<TenantStateRow>(
    `select ${ZOHO_ROW_VERSION_COLUMNS}, ${SETTINGS_VERSION_COLUMN}, ${MIRROR_VIEW_COLUMNS},
       (select m.fetched_at from zoho_metadata_cache m where m.tenant_id = $1) as metadata_fetched_at`,
    [tenantId],
  );
  const row = rows[0];
  const [cached, tokens] = await Promise.all([
    connectionAt(deps, tenantId, row?.connection_version ?? null),
    tokensAt(deps, tenantId, row?.tokens_version ?? null),
  ]);
  // The metadata entry is refreshed apart from the connection row: its time comes from this read, so
  // another process's refresh still replaces the parsed metadata at the next event.
  const connection = cached && { ...cached, metadataFetchedAt: row?.metadata_fetched_at ?? null };
  const country = asCountryCode(connection?.org?.country);
  const settings = await settingsAt(deps.pool, tenantId, row?.settings_version ?? null, country);
  return { connection, tokens, settings, mirror: mirrorViewFromRow(row) };
}
