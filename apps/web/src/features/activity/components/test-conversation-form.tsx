import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventTypeSchema } from '@cxc/shared/api/events';
import { EVENT_TYPES, type EventType } from '@cxc/shared/domain/events';
import { errorMessageKey } from '@/components/errors/error-message';
import { SubmitButton } from '@/components/form/submit-button';
import { EVENT_TYPE_KEY } from '@/lib/i18n/event-keys';
import { newRequestId, useSendTestConversation } from '../api/send-test-conversation';

/**
 * "Send test conversation": a sample event through the real intake, then followed in the list above.
 * One click is one event: a second click is ignored before React has even re-rendered the pending
 * button (the ref), and the request id stays the same until a send succeeds or the sample changes, so
 * a repeat that still gets through is answered by the server with the first event.
 */
export function TestConversationForm({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('activity');
  const { t: tCommon } = useTranslation();
  const { t: tEvents } = useTranslation('events');
  const [type, setType] = useState<EventType>('chat.ended');
  const send = useSendTestConversation(tenantId);
  const sending = useRef(false);
  const requestId = useRef(newRequestId());
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    send.mutate(
      { type, requestId: requestId.current },
      {
        onSuccess: () => {
          requestId.current = newRequestId();
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };
  const onType = (value: EventType) => {
    setType(value);
    requestId.current = newRequestId();
  };
  return (
    <form className="subsection stack" aria-labelledby="activity-test-title" noValidate onSubmit={onSubmit}>
      <h3 id="activity-test-title" className="subsection__title">
        {t('test.title')}
      </h3>
      <p className="section__description">{t('test.description')}</p>
      <div className="field">
        <label className="field__label" htmlFor="activity-test-type">
          {t('test.type')}
        </label>
        <select
          id="activity-test-type"
          className="select"
          value={type}
          onChange={(event) => onType(eventTypeSchema.catch('chat.ended').parse(event.target.value))}
        >
          {EVENT_TYPES.map((option) => (
            <option key={option} value={option}>
              {tEvents(`types.${EVENT_TYPE_KEY[option]}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <SubmitButton pending={send.isPending} pendingLabel={t('test.pending')}>
          {t('test.send')}
        </SubmitButton>
      </div>
      <div role="status">
        {send.isSuccess ? (
          <p className="callout callout--success">
            {t(send.data.repeated ? 'test.repeated' : 'test.sent', {
              eventId: send.data.eventId,
              channel: tEvents(`channels.${send.data.channel}`),
            })}
          </p>
        ) : null}
      </div>
      {send.isError ? (
        <p className="callout callout--danger" role="alert">
          {t('test.failed')} {tCommon(errorMessageKey(send.error))}
        </p>
      ) : null}
    </form>
  );
}
