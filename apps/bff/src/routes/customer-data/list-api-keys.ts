import { listCustomerApiKeys } from '@cxc/shared/api/customer-api';
import { listApiKeys } from '../../customer-data/platform/api-key-store.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

export const listApiKeysRoute = defineRoute({
  endpoint: listCustomerApiKeys,
  access: TENANT_ADMIN,
  handler: async ({ deps, params }) => ({ keys: await listApiKeys(deps.pool, params.tenantId) }),
});
