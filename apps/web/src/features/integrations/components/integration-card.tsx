import { useTranslation } from 'react-i18next';
import type { IntegrationStatus, IntegrationSummary } from '@cxc/shared/api/tenants';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DatabaseIcon } from '@/components/ui/icons';

const TONE: Record<IntegrationStatus, BadgeTone> = {
  not_connected: 'neutral',
  connected: 'success',
  needs_reconnect: 'warning',
};

/** Status only for now: connecting arrives with the connection feature, so no action is offered yet. */
export function IntegrationCard({ integration }: { integration: IntegrationSummary }) {
  const { t } = useTranslation();
  const titleId = `integration-${integration.id}`;
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
    </Card>
  );
}
