import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@/components/ui/icons';
import { getIntegrationsQueryOptions } from '../api/list-integrations';

/**
 * A mark on the App & Integrations nav entry while an integration needs reconnecting, so the admin sees
 * it from any page. It reads the small integrations list (already carrying `status`, and shared with
 * the App & Integrations page's cache) rather than the full connection; failures simply show no mark.
 */
export function IntegrationsNavBadge({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(getIntegrationsQueryOptions(tenantId));
  const attention = data?.integrations.some((integration) => integration.status === 'needs_reconnect');
  if (!attention) return null;
  return (
    <span className="nav-link__badge" title={t('nav.needsReconnect')}>
      <AlertIcon aria-hidden="true" />
      {/* The leading space and brackets keep the link's accessible name readable: "App & Integrations (…)". */}
      <span className="sr-only">{` (${t('nav.needsReconnect')})`}</span>
    </span>
  );
}
