import type { runPreflight as endpoint } from '@cxc/shared/api/settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { preflightSettings } from './preflight-settings.ts';

/** Preflight of unsaved settings, for the editor's "Check" (every enabled channel, whatever its mode). */
export async function runPreflight(
  deps: AppDeps,
  tenantId: string,
  settings: IntegrationSettings,
): Promise<z.input<typeof endpoint.response>> {
  const { problems, ready } = await preflightSettings(deps, await getZohoClient(deps, tenantId), settings);
  return {
    problems: problems.map(({ createField, ...rest }) => ({
      ...rest,
      ...(createField ? { createField: { ...createField } } : {}),
    })),
    ready,
  };
}
