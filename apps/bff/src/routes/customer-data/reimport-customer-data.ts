import { reimportCustomerData } from '@cxc/shared/api/customer-data';
import { reimportModule } from '../../customer-data/console/save-customer-data.ts';
import { actorOf } from '../../audit/record-audit.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

export const reimportCustomerDataRoute = defineRoute({
  endpoint: reimportCustomerData,
  access: TENANT_ADMIN,
  handler: ({ deps, params, session }) =>
    reimportModule(deps.pool, params.tenantId, params.module, actorOf(session)),
});
