import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { AppDeps } from '../../app-deps.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { getCurrentSettings } from '../settings/get-settings.ts';
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
}

/** The tenant's allowlisted Zoho client and current settings: what every panel use case starts from. */
export async function openPanelSession(deps: AppDeps, tenantId: string): Promise<PanelSession> {
  const client = await getZohoClient(deps, tenantId);
  await backfillOrgCountry(deps, tenantId);
  const { settings } = await getCurrentSettings(deps.pool, tenantId);
  return {
    zoho: panelZoho(client),
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
