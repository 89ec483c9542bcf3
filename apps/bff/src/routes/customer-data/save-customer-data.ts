import { saveCustomerData } from '@cxc/shared/api/customer-data';
import { saveCustomerData as save } from '../../customer-data/console/save-customer-data.ts';
import { actorOf } from '../../audit/record-audit.ts';
import { defineRoute } from '../route.ts';
import { TENANT_ADMIN } from './tenant-admin.ts';

export const saveCustomerDataRoute = defineRoute({
  endpoint: saveCustomerData,
  access: TENANT_ADMIN,
  handler: ({ deps, params, body, session }) => save(deps.pool, params.tenantId, body, actorOf(session)),
});
