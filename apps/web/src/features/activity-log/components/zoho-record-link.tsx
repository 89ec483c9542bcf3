import { useTranslation } from 'react-i18next';
import type { ZohoModule } from '@cxc/shared/domain/modules';

interface ZohoRecordLinkProps {
  action: 'created' | 'updated';
  module: ZohoModule;
  recordId: string;
  webUrl: string | null;
}

/** A record the automation wrote; opens in Zoho's own UI in a new tab (without handing it this window). */
export function ZohoRecordLink({ action, module, recordId, webUrl }: ZohoRecordLinkProps) {
  const { t } = useTranslation('activity');
  const { t: tEvents } = useTranslation('events');
  const text = t(`records.${action}`, { module: tEvents(`modules.${module}`), id: recordId });
  if (!webUrl) return <span>{text}</span>;
  return (
    <a href={webUrl} target="_blank" rel="noopener noreferrer">
      {text}
      <span className="sr-only"> {t('records.newTab')}</span>
    </a>
  );
}
