import { getCustomerData } from '@cxc/shared/api/customer-data';
import { customerDataView } from '../../customer-data/console/customer-data-view.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

export const getCustomerDataRoute = defineRoute({
  endpoint: getCustomerData,
  access: TENANT_ADMIN,
  handler: ({ deps, params }) => customerDataView(deps.pool, params.tenantId),
});
