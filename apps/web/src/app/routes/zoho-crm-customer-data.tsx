import { CustomerDataPage } from '@/features/customer-data/components/customer-data-page';
import { TenantPage } from './tenant-page';

/** Settings → Customer data (tenant administrator): the Zoho mirror's mode, status and a test search. */
export function ZohoCrmCustomerDataRoute() {
  return <TenantPage ns="customerData">{(tenant) => <CustomerDataPage tenantId={tenant.id} />}</TenantPage>;
}
