import { useTranslation } from 'react-i18next';
import { ApiKeysTable } from './api-keys-table';
import { CreateApiKeyForm } from './create-api-key-form';

/** The platform's customer list: what it is, its keys, and a new one. */
export function CustomerApiSection({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('customerData');
  return (
    <div className="stack">
      <p className="section__description">{t('api.description')}</p>
      <p>
        {t('api.endpoint')} <code>GET /api/platform/v1/customers</code>
      </p>
      <ApiKeysTable tenantId={tenantId} />
      <CreateApiKeyForm tenantId={tenantId} />
    </div>
  );
}
