import { useTranslation } from 'react-i18next';
import type { ActivityError } from '@cxc/shared/api/activity';

const KNOWN = [
  'INVALID_DATA',
  'MANDATORY_NOT_FOUND',
  'DUPLICATE_DATA',
  'TOO_MANY_REQUESTS',
  'zoho_unreachable',
  'needs_reconnect',
  'not_connected',
  'internal',
] as const;
type KnownCode = (typeof KNOWN)[number];

const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

/** Why Zoho refused (or could not be reached): plain words first, then Zoho's own code, module, field and text. */
export function ErrorExplanation({ error }: { error: ActivityError }) {
  const { t } = useTranslation('activity');
  return (
    <div className="explanation activity-error">
      <p className="explanation__title">{t(`error.plain.${isKnown(error.code) ? error.code : 'other'}`)}</p>
      <dl className="facts facts--compact">
        <dt>{t('error.code')}</dt>
        <dd>
          <code>{error.code}</code>
        </dd>
        {error.module ? (
          <>
            <dt>{t('error.module')}</dt>
            <dd>{t(`modules.${error.module}`)}</dd>
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
        <dd>{error.message}</dd>
      </dl>
    </div>
  );
}
