import { testCustomerSearch } from '@cxc/shared/api/customer-data';
import { testCustomerSearch as testSearch } from '../../customer-data/console/test-search.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

export const testCustomerSearchRoute = defineRoute({
  endpoint: testCustomerSearch,
  access: TENANT_ADMIN,
  handler: ({ deps, params, query }) => testSearch(deps, params.tenantId, query.q),
});
