import { getZohoMetadata } from '@cxc/shared/api/settings';
import { getZohoMetadata as load } from '../../services/settings/get-zoho-metadata.ts';
import { defineRoute } from '../route.ts';

export const getZohoMetadataRoute = defineRoute({
  endpoint: getZohoMetadata,
  access: { roles: ['tenant_admin'], tenantScoped: true },
  handler: ({ params, query, deps }) => load(deps, params.tenantId, { refresh: query.refresh === '1' }),
});
