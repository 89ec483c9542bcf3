import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import type { IntegrationStatus, IntegrationSummary } from '@cxc/shared/api/tenants';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DatabaseIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';

const TONE: Record<IntegrationStatus, BadgeTone> = {
  not_connected: 'neutral',
  connected: 'success',
  needs_reconnect: 'warning',
};

/** The integration's status, explained, and the way to its own page ("Set up" or "Manage"). */
export function IntegrationCard({ integration }: { integration: IntegrationSummary }) {
  const { t } = useTranslation();
  const titleId = `integration-${integration.id}`;
  const action = integration.status === 'not_connected' ? 'setUp' : 'manage';
  return (
    <Card
      title={integration.name}
      titleId={titleId}
      headingLevel={2}
      icon={<DatabaseIcon />}
      aside={
        <>
          <span className="sr-only">{t('common.status')}: </span>
          <Badge tone={TONE[integration.status]}>{t(`status.${integration.status}`)}</Badge>
        </>
      }
    >
      <p>{t('integrations.zohoDescription')}</p>
      <p className={`callout callout--${TONE[integration.status]}`}>
        {t(`integrations.explanation.${integration.status}`)}
      </p>
      <div className="actions">
        <Link
          to={paths.zohoCrm.getHref()}
          className={`button ${integration.status === 'connected' ? 'button--secondary' : 'button--primary'}`}
          aria-label={t(`integrations.${action}Named`, { name: integration.name })}
        >
          {t(`integrations.${action}`)}
        </Link>
        <Link
          to={paths.zohoCrmSettings.getHref()}
          className="button button--secondary"
          aria-label={t('integrations.settingsLinkNamed', { name: integration.name })}
        >
          {t('integrations.settingsLink')}
        </Link>
        <Link
          to={paths.zohoCrmActivity.getHref()}
          className="button button--secondary"
          aria-label={t('integrations.activityLinkNamed', { name: integration.name })}
        >
          {t('integrations.activityLink')}
        </Link>
        <Link
          to={paths.zohoCrmCustomerData.getHref()}
          className="button button--secondary"
          aria-label={t('integrations.customerDataLinkNamed', { name: integration.name })}
        >
          {t('integrations.customerDataLink')}
        </Link>
      </div>
    </Card>
  );
}
