import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { AppDeps } from '../../app-deps.ts';
import { getCurrentSettings } from '../settings/get-settings.ts';

/** The tenant's own click-to-call template, else the deployment's `AGENT_DIAL_URL_TEMPLATE`. */
export function tenantDialUrlTemplate(deps: Pick<AppDeps, 'config'>, settings: IntegrationSettings): string {
  return settings.agentPanel.dialUrlTemplate ?? deps.config.agentPanel.dialUrlTemplate;
}

/**
 * What the panel needs before any conversation. Reads only the settings (no Zoho call), so the panel
 * opens even while the Zoho connection is down.
 */
export async function getPanelConfig(deps: AppDeps, tenantId: string) {
  const { settings } = await getCurrentSettings(deps.pool, tenantId);
  return {
    embedOrigins: deps.config.agentPanel.frameAncestors,
    dialUrlTemplate: tenantDialUrlTemplate(deps, settings),
  };
}
