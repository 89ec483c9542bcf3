import type { PanelContext } from '@cxc/shared/api/agent-panel';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { AppDeps } from '../../app-deps.ts';
import { mirrorPanelZoho } from '../../customer-data/index/mirror-panel-zoho.ts';
import { prefetchIdentities } from '../../customer-data/index/mirror-prefetch.ts';
import {
  MIRROR_VIEW_COLUMNS,
  mirrorViewFromRow,
  type MirrorViewRow,
} from '../../customer-data/index/mirror-view.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import {
  connectionAt,
  tokensAt,
  ZOHO_ROW_VERSION_COLUMNS,
  type ZohoRowVersions,
} from '../../zoho/versioned-reads.ts';
import { SETTINGS_VERSION_COLUMN, settingsAt } from '../settings/settings-at.ts';
import { asCountryCode } from '../settings/org-country.ts';
import { backfillOrgCountry } from '../zoho-connection/backfill-org-country.ts';
import { loadZohoMetadata, type ZohoMetadata } from '../settings/load-zoho-metadata.ts';
import { tenantDialUrlTemplate } from './get-panel-config.ts';
import { panelZoho, type PanelZoho } from './panel-zoho.ts';
import { popIdentityKeys } from './pop-identity-keys.ts';
import { zohoWebBase } from './record-url.ts';

export interface PanelSession {
  zoho: PanelZoho;
  settings: IntegrationSettings;
  webBase: string;
  /** Where phone numbers in the answer link to (the tenant's template, else the deployment's). */
  dialUrlTemplate: string;
  /** The org's live fields and users (the settings service's one-minute cache). */
  metadata(): Promise<ZohoMetadata>;
  /** Who answers lookups: the tenant's mirror (customer data, cache mode) or Zoho live. */
  answeredFrom: 'mirror' | 'zoho';
  /** The mirror's last sync when it answers. */
  asOf: string | null;
  /** Strict cache mode: the screen pop makes no Zoho call at all (related Tasks and Cases are not read). */
  cacheOnly: boolean;
}

interface TenantStateRow extends ZohoRowVersions, MirrorViewRow {
  settings_version: string | null;
}

/**
 * The tenant's allowlisted Zoho client and current settings: what every panel use case starts from.
 * One round trip reads the versions of the connection, tokens and settings with the mirror's state; the
 * rows themselves are read (and tokens decrypted, settings parsed) only when their version moved, so a
 * change saved by any BFF process applies to the next request. With `identify`, the mirror's records for
 * the visitor's phone, e-mail and company come in one more query (the screen pop).
 */
export async function openPanelSession(
  deps: AppDeps,
  tenantId: string,
  options: { source?: 'zoho' | undefined; identify?: PanelContext } = {},
): Promise<PanelSession> {
  const { rows } = await deps.pool.query<TenantStateRow>(
    `select ${ZOHO_ROW_VERSION_COLUMNS}, ${SETTINGS_VERSION_COLUMN}, ${MIRROR_VIEW_COLUMNS}`,
    [tenantId],
  );
  const state = rows[0];
  let connection = await connectionAt(deps, tenantId, state?.connection_version ?? null);
  if (connection?.status === 'connected' && connection.org && connection.org.country === undefined) {
    // Once per connection ever.
    await backfillOrgCountry(deps, tenantId);
    connection = await readConnection(deps.pool, tenantId);
  }
  const [client, settings] = await Promise.all([
    tokensAt(deps, tenantId, state?.tokens_version ?? null).then((tokens) =>
      getZohoClient(deps, tenantId, connection ?? undefined, tokens),
    ),
    settingsAt(deps.pool, tenantId, state?.settings_version ?? null, asCountryCode(connection?.org?.country)),
  ]);
  const view = options.source === 'zoho' ? undefined : mirrorViewFromRow(state);
  const live = panelZoho(client);
  const mirrored = view !== undefined && view.modules.length > 0;
  const keys = mirrored && options.identify ? popIdentityKeys(options.identify, settings.defaultCountry) : [];
  const prefetch = keys.length
    ? await prefetchIdentities(deps.pool, tenantId, view?.modules ?? [], keys)
    : undefined;
  return {
    zoho: mirrored ? mirrorPanelZoho(live, deps.pool, tenantId, view, prefetch) : live,
    answeredFrom: mirrored ? 'mirror' : 'zoho',
    asOf: mirrored ? (view.asOf?.toISOString() ?? null) : null,
    cacheOnly: mirrored && view.mode === 'cache',
    settings,
    webBase: zohoWebBase(client.apiDomain),
    dialUrlTemplate: tenantDialUrlTemplate(deps, settings),
    metadata: () => loadZohoMetadata(deps, client),
  };
}

/** Agents act whatever the channel's mode and even when automation is off for the channel. */
export function panelSettings(settings: IntegrationSettings, channel: keyof IntegrationSettings['channels']) {
  return {
    ...settings,
    channels: { ...settings.channels, [channel]: { ...settings.channels[channel], enabled: true } },
  };
}
