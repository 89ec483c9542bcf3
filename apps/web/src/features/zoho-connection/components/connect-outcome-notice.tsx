import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from '@cxc/shared/api/zoho-connection';
import { errorMessageKey } from '@/components/errors/error-message';
import { isApiClientError } from '@/lib/api-error';
import type { ConnectOutcome } from '../schemas/connect-outcome';
import { ConnectErrorExplanation } from './connect-error-explanation';

type Tone = 'success' | 'info' | 'danger' | 'neutral';

const TONE: Record<ConnectOutcome['kind'], Tone> = {
  connected: 'success',
  choose_org: 'info',
  error: 'danger',
  closed: 'neutral',
  start_failed: 'danger',
};

interface ConnectOutcomeNoticeProps {
  outcome: ConnectOutcome;
  connection: Connection;
  /** Move focus here: the result of a popup flow replaces the button that started it. */
  takeFocus: boolean;
  onDismiss: () => void;
}

/** The result of the last connect attempt, the same whether it came from the popup or the redirect URL. */
export function ConnectOutcomeNotice({
  outcome,
  connection,
  takeFocus,
  onDismiss,
}: ConnectOutcomeNoticeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const tone = TONE[outcome.kind];

  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, outcome]);

  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`notice notice--${tone}`}
      role={tone === 'danger' ? 'alert' : 'status'}
    >
      <div className="notice__content">
        <p className="notice__title">{t(`connection.outcome.${outcome.kind}`)}</p>
        {outcome.kind === 'error' ? (
          <ConnectErrorExplanation code={outcome.code} params={outcome.params} connection={connection} />
        ) : null}
        {outcome.kind === 'start_failed' ? (
          <>
            <p>
              {isApiClientError(outcome.error) && outcome.error.code === 'CONFLICT'
                ? t('connection.configureFirst')
                : t(errorMessageKey(outcome.error))}
            </p>
            {isApiClientError(outcome.error) && outcome.error.correlationId ? (
              <p className="muted">
                {t('errors.reference')}: <code>{outcome.error.correlationId}</code>
              </p>
            ) : null}
          </>
        ) : null}
      </div>
      <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
