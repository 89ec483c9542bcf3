import { useTranslation } from 'react-i18next';
import type { PanelContextInput } from '@cxc/shared/api/agent-panel';
import { DialLink } from './dial-link';

/** Who the agent is talking to, as the contact-center console passed it. */
export function ContextSummary({
  context,
  dialUrlTemplate,
}: {
  context: PanelContextInput;
  dialUrlTemplate: string;
}) {
  const { t } = useTranslation('agentPanel');
  const { t: tEvents } = useTranslation('events');
  const empty = !context.name && !context.email && !context.phone && !context.company;
  if (empty) return <p>{t('context.noVisitor')}</p>;
  return (
    <dl className="facts facts--compact">
      {context.name ? (
        <>
          <dt>{t('context.name')}</dt>
          <dd>{context.name}</dd>
        </>
      ) : null}
      {context.phone ? (
        <>
          <dt>{t('context.phone')}</dt>
          <dd>
            <DialLink
              phone={context.phone}
              template={dialUrlTemplate}
              {...(context.country ? { country: context.country } : {})}
            />
          </dd>
        </>
      ) : null}
      {context.email ? (
        <>
          <dt>{t('context.email')}</dt>
          <dd>{context.email}</dd>
        </>
      ) : null}
      {context.company ? (
        <>
          <dt>{t('context.company')}</dt>
          <dd>{context.company}</dd>
        </>
      ) : null}
      <dt>{t('context.channel')}</dt>
      <dd>{tEvents(`channels.${context.channel ?? 'web_chat'}`)}</dd>
      {context.conversationId ? (
        <>
          <dt>{t('context.conversationId')}</dt>
          <dd>{context.conversationId}</dd>
        </>
      ) : null}
    </dl>
  );
}
