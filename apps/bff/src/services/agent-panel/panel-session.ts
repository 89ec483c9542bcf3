import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { AppDeps } from '../../app-deps.ts';
import { mirrorPanelZoho } from '../../customer-data/index/mirror-panel-zoho.ts';
import { readMirrorView } from '../../customer-data/index/mirror-view.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { getCurrentSettings } from '../settings/get-settings.ts';
import { asCountryCode } from '../settings/org-country.ts';
import { backfillOrgCountry } from '../zoho-connection/backfill-org-country.ts';
import { loadZohoMetadata, type ZohoMetadata } from '../settings/load-zoho-metadata.ts';
import { tenantDialUrlTemplate } from './get-panel-config.ts';
import { panelZoho, type PanelZoho } from './panel-zoho.ts';
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

/** The tenant's allowlisted Zoho client and current settings: what every panel use case starts from. */
export async function openPanelSession(
  deps: AppDeps,
  tenantId: string,
  options: { source?: 'zoho' | undefined } = {},
): Promise<PanelSession> {
  // One read of the connection for the client and the country backfill (once per connection ever); the
  // remaining reads do not depend on each other, so a screen pop waits for one round trip, not five.
  let connection = await readConnection(deps.pool, tenantId);
  if (connection?.status === 'connected' && connection.org && connection.org.country === undefined) {
    await backfillOrgCountry(deps, tenantId);
    connection = await readConnection(deps.pool, tenantId);
  }
  const [client, { settings }, view] = await Promise.all([
    getZohoClient(deps, tenantId, connection ?? undefined),
    getCurrentSettings(deps.pool, tenantId, { orgCountry: asCountryCode(connection?.org?.country) }),
    options.source === 'zoho' ? undefined : readMirrorView(deps.pool, tenantId),
  ]);
  const live = panelZoho(client);
  const mirrored = view !== undefined && view.modules.length > 0;
  return {
    zoho: mirrored ? mirrorPanelZoho(live, deps.pool, tenantId, view) : live,
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
