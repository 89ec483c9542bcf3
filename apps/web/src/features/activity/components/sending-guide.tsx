import { useTranslation } from 'react-i18next';
import {
  EVENT_HEADERS,
  SIGNATURE_SCHEME,
  SIGNATURE_TOLERANCE_SECONDS,
  postEvent,
} from '@cxc/shared/api/events';

const OPENAPI_PATH = '/api/openapi.json';

/** What the platform's developer needs: where to POST, which headers, how to sign. */
export function SendingGuide({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('activity');
  const endpoint = `${window.location.origin}${postEvent.path}`;
  return (
    <div className="subsection stack sending-guide">
      <h3 className="subsection__title">{t('guide.title')}</h3>
      <p>{t('guide.intro')}</p>
      <dl className="facts facts--compact">
        <dt>{t('guide.endpoint')}</dt>
        <dd>
          <code>POST {endpoint}</code>
        </dd>
        <dt>{t('guide.headers')}</dt>
        <dd>
          <ul className="activity-list">
            <li>
              <code>content-type: application/json</code>
            </li>
            <li>
              <code>{EVENT_HEADERS.tenant}</code>: {t('guide.headerTenant', { tenant: tenantId })}
            </li>
            <li>
              <code>{EVENT_HEADERS.timestamp}</code>: {t('guide.headerTimestamp')}
            </li>
            <li>
              <code>{EVENT_HEADERS.signature}</code>: {t('guide.headerSignature')}
            </li>
          </ul>
        </dd>
      </dl>
      <p>{t('guide.signing', { scheme: SIGNATURE_SCHEME, minutes: SIGNATURE_TOLERANCE_SECONDS / 60 })}</p>
      <pre>
        <code>{`${EVENT_HEADERS.signature}: ${SIGNATURE_SCHEME}=hex(hmac_sha256(secret, timestamp + "." + rawBody))`}</code>
      </pre>
      <p>
        <a href={OPENAPI_PATH}>{t('guide.openapi')}</a>
      </p>
    </div>
  );
}
