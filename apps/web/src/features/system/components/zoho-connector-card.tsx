import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DatabaseIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import { useDataCenterName } from '@/lib/data-center-label';
import { useSystemClients } from '../api/list-system-clients';

/**
 * The platform-wide Zoho CRM connector: which data centers tenants can use with the system
 * configuration (an enabled client with a stored secret), and the way to configure them.
 */
export function ZohoConnectorCard() {
  const { t } = useTranslation();
  const { optionLabel } = useDataCenterName();
  const { data } = useSystemClients();
  const ready = data.clients.filter((client) => client.enabled && client.secretSet && client.clientId);
  return (
    <Card
      title={t('hub.zohoName')}
      titleId="connector-zoho-crm"
      icon={<DatabaseIcon />}
      aside={
        <>
          <span className="sr-only">{t('common.status')}: </span>
          <Badge tone={ready.length > 0 ? 'success' : 'warning'}>
            {ready.length > 0 ? t('status.configured') : t('status.not_configured')}
          </Badge>
        </>
      }
    >
      <p>{t('hub.zohoDescription')}</p>
      {ready.length > 0 ? (
        <p className="callout callout--success">
          {t('hub.zohoConfigured', {
            dataCenters: ready.map((client) => optionLabel(client.dataCenter)).join(', '),
          })}
        </p>
      ) : (
        <p className="callout callout--warning">{t('hub.zohoNotConfigured')}</p>
      )}
      <div className="actions">
        <Link
          to={paths.hubZoho.getHref()}
          className="button button--primary"
          aria-label={t('hub.configureNamed')}
        >
          {t('hub.configure')}
        </Link>
      </div>
    </Card>
  );
}
