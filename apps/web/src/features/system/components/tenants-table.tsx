import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { HubIcon } from '@/components/ui/icons';
import { useFormatters } from '@/lib/use-formatters';
import { useTenants } from '../api/list-tenants';
import { TableRegion } from '@/components/ui/table-region';

export function TenantsTable() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data } = useTenants();

  if (data.tenants.length === 0) {
    return (
      <EmptyState icon={<HubIcon />} title={t('hub.tenantsEmptyTitle')} headingLevel={3}>
        <p>{t('hub.tenantsEmptyDescription')}</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-card">
      <p id="tenants-total" className="table-card__meta">
        {t('hub.tenantsTotal', { count: data.tenants.length })}
      </p>
      <TableRegion label={t('hub.tenantsCaption')}>
        <table className="data-table" aria-describedby="tenants-total">
          <caption className="sr-only">{t('hub.tenantsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hub.columnName')}</th>
              <th scope="col">{t('hub.columnId')}</th>
              <th scope="col">{t('hub.columnCreated')}</th>
            </tr>
          </thead>
          <tbody>
            {data.tenants.map((tenant) => (
              <tr key={tenant.id}>
                <th scope="row">{tenant.name}</th>
                <td>
                  <code>{tenant.id}</code>
                </td>
                <td>
                  <time dateTime={tenant.createdAt}>{format.date(tenant.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </div>
  );
}
