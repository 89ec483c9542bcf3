import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { DatabaseIcon } from '@/components/ui/icons';

/**
 * The platform-wide Zoho CRM connector. Its system configuration (OAuth clients per data centre)
 * does not exist yet, so the card explains that instead of offering an action that cannot work.
 */
export function ZohoConnectorCard() {
  const { t } = useTranslation();
  return (
    <Card
      title={t('hub.zohoName')}
      titleId="connector-zoho-crm"
      icon={<DatabaseIcon />}
      aside={
        <>
          <span className="sr-only">{t('common.status')}: </span>
          <Badge tone="warning">{t('status.not_configured')}</Badge>
        </>
      }
    >
      <p>{t('hub.zohoDescription')}</p>
      <p className="callout callout--warning">{t('hub.zohoNotConfigured')}</p>
    </Card>
  );
}
