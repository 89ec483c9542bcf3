import { useTranslation } from 'react-i18next';
import type { ActivityError } from '@cxc/shared/api/activity';
import { eventErrorKey } from '@/lib/i18n/event-keys';
import { useErrorDetail } from '@/lib/i18n/use-error-detail';

/** Why Zoho refused (or could not be reached): plain words first, then Zoho's own code, module, field and text. */
export function ErrorExplanation({ error }: { error: ActivityError }) {
  const { t } = useTranslation('activity');
  const { t: tEvents } = useTranslation('events');
  const explain = useErrorDetail();
  return (
    <div className="explanation activity-error">
      <p className="explanation__title">{tEvents(`errors.${eventErrorKey(error.code)}`)}</p>
      <dl className="facts facts--compact">
        <dt>{t('error.code')}</dt>
        <dd>
          <code>{error.code}</code>
        </dd>
        {error.module ? (
          <>
            <dt>{t('error.module')}</dt>
            <dd>{tEvents(`modules.${error.module}`)}</dd>
          </>
        ) : null}
        {error.field ? (
          <>
            <dt>{t('error.field')}</dt>
            <dd>
              <code>{error.field}</code>
            </dd>
          </>
        ) : null}
        <dt>{t('error.message')}</dt>
        <dd>{explain(error)}</dd>
      </dl>
    </div>
  );
}
