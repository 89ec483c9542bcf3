import { useTranslation } from 'react-i18next';
import type { Tenant } from '@cxc/shared/api/session';

/** Which tenant the console acts on; the system administrator acts on the platform. */
export function TenantIndicator({ tenant }: { tenant: Tenant | null }) {
  const { t } = useTranslation();
  if (!tenant) return <p className="tenant-indicator">{t('header.platform')}</p>;
  return (
    <p className="tenant-indicator">
      <span className="tenant-indicator__label">{t('header.tenant')}</span>
      <span className="tenant-indicator__name">{tenant.name}</span>
    </p>
  );
}
