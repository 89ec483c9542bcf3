import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PanelContextInput } from '@cxc/shared/api/agent-panel';
import { Field } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { LoadingState } from '@/components/ui/loading-state';
import { type HistoryQuery, useHistory } from '../api/list-history';
import { AutomationHistoryTable } from './automation-history-table';
import { HistoryTable } from './history-table';
import { PanelError } from './panel-error';

type Filter = 'conversation' | 'contactPhone' | 'leadPhone' | 'agentEmail';

function conversationFilter(context: PanelContextInput): HistoryQuery {
  return {
    ...(context.conversationId ? { conversationId: context.conversationId } : {}),
    ...(context.phone ? { contactPhone: context.phone, leadPhone: context.phone } : {}),
    ...(context.email ? { email: context.email } : {}),
    ...(context.country ? { country: context.country } : {}),
  };
}

/**
 * Our own log of what agents recorded and what automation did: this conversation's and this visitor's
 * by default, or searched by contact phone, lead phone or agent e-mail (as XCALLY Motion offers).
 */
export function HistoryPanel({ tenantId, context }: { tenantId: string; context: PanelContextInput }) {
  const { t } = useTranslation('agentPanel');
  const [filter, setFilter] = useState<HistoryQuery>(() => conversationFilter(context));
  const form = useForm<{ by: Filter; value: string }>({ defaultValues: { by: 'conversation', value: '' } });
  const history = useHistory(tenantId, filter);
  const onSubmit = ({ by, value }: { by: Filter; value: string }) =>
    setFilter(by === 'conversation' || !value.trim() ? conversationFilter(context) : { [by]: value.trim() });
  return (
    <div className="stack">
      <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
        <Field id="panel-history-by" label={t('history.filter')}>
          {(control) => (
            <select className="select" {...control} {...form.register('by')}>
              <option value="conversation">{t('history.conversation')}</option>
              <option value="contactPhone">{t('history.contactPhone')}</option>
              <option value="leadPhone">{t('history.leadPhone')}</option>
              <option value="agentEmail">{t('history.agentEmail')}</option>
            </select>
          )}
        </Field>
        <Field id="panel-history-value" label={t('history.value')}>
          {(control) => <input className="input" {...control} {...form.register('value')} />}
        </Field>
        <div className="actions">
          <SubmitButton pending={history.isFetching} pendingLabel={t('search.searching')}>
            {t('history.submit')}
          </SubmitButton>
        </div>
      </form>
      {history.isError ? <PanelError error={history.error} title={t('history.title')} /> : null}
      {history.isLoading ? <LoadingState /> : null}
      {history.data && (history.data.entries.length > 0 || history.data.automation.length === 0) ? (
        <HistoryTable entries={history.data.entries} />
      ) : null}
      {history.data?.automation.length ? <AutomationHistoryTable entries={history.data.automation} /> : null}
      {!history.data && !history.isLoading && !history.isError ? <p>{t('history.none')}</p> : null}
    </div>
  );
}
