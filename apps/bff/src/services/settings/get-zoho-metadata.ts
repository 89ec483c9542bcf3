import type { getZohoMetadata as endpoint } from '@cxc/shared/api/settings';
import type { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { loadZohoMetadata } from './load-zoho-metadata.ts';

/** What the settings editor offers: the org's fields per module and its users, or why a part is missing. */
export async function getZohoMetadata(
  deps: AppDeps,
  tenantId: string,
  options: { refresh: boolean },
): Promise<z.input<typeof endpoint.response>> {
  const client = await getZohoClient(deps, tenantId);
  const metadata = await loadZohoMetadata(deps, client, options);
  return {
    fieldsByModule: Object.fromEntries(
      Object.entries(metadata.fieldsByModule).map(([module, fields]) => [module, [...fields]]),
    ),
    users: metadata.users,
    failures: metadata.failures,
    fetchedAt: metadata.fetchedAt.toISOString(),
  };
}
