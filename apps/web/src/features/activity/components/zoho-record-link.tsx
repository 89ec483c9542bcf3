import { useTranslation } from 'react-i18next';
import type { ZohoModule } from '@cxc/shared/domain/modules';

interface ZohoRecordLinkProps {
  action: 'created' | 'updated';
  module: ZohoModule;
  recordId: string;
  /** The record's name when the write set it; the id is then only on hover (and for screen readers). */
  name?: string | null;
  webUrl: string | null;
}

/** A record the automation wrote; opens in Zoho's own UI in a new tab (without handing it this window). */
export function ZohoRecordLink({ action, module, recordId, name, webUrl }: ZohoRecordLinkProps) {
  const { t } = useTranslation('activity');
  const { t: tEvents } = useTranslation('events');
  const text = t(`records.${action}`, {
    module: tEvents(`modules.${module}`),
    id: name ? `“${name}”` : recordId,
  });
  const idText = name ? t('records.recordId', { id: recordId }) : undefined;
  const idHint = idText ? <span className="sr-only"> ({idText})</span> : null;
  if (!webUrl)
    return (
      <span title={idText}>
        {text}
        {idHint}
      </span>
    );
  return (
    <a href={webUrl} target="_blank" rel="noopener noreferrer" title={idText}>
      {text}
      {idHint}
      <span className="sr-only"> {t('records.newTab')}</span>
    </a>
  );
}
