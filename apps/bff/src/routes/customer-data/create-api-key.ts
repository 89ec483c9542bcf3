import { createCustomerApiKey } from '@cxc/shared/api/customer-api';
import { actorOf } from '../../audit/record-audit.ts';
import { createApiKey } from '../../customer-data/platform/api-key-store.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

export const createApiKeyRoute = defineRoute({
  endpoint: createCustomerApiKey,
  access: TENANT_ADMIN,
  handler: ({ deps, params, body, session }) =>
    createApiKey(deps.pool, params.tenantId, body.name, actorOf(session)),
});
