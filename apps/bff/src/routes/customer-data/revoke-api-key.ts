import { revokeCustomerApiKey } from '@cxc/shared/api/customer-api';
import { actorOf } from '../../audit/record-audit.ts';
import { revokeApiKey } from '../../customer-data/platform/api-key-store.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

export const revokeApiKeyRoute = defineRoute({
  endpoint: revokeCustomerApiKey,
  access: TENANT_ADMIN,
  handler: ({ deps, params, session }) =>
    revokeApiKey(deps.pool, params.tenantId, params.keyId, actorOf(session)),
});
