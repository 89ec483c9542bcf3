import { estimateCustomerData } from '@cxc/shared/api/customer-data';
import { estimateCredits } from '../../customer-data/console/estimate-credits.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

export const estimateCustomerDataRoute = defineRoute({
  endpoint: estimateCustomerData,
  access: TENANT_ADMIN,
  handler: ({ deps, params, body }) => estimateCredits(deps.pool, params.tenantId, body),
});
