import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PanelSearchBy } from '@cxc/shared/api/agent-panel';
import { Field } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import { useSearchZoho } from '../api/search-zoho';
import { PanelError } from './panel-error';
import { RecordCard } from './record-card';

interface SearchValues {
  by: PanelSearchBy;
  q: string;
}

/** Free search across Leads, Contacts and Accounts; phone numbers are tried in the spellings Zoho may hold. */
export function SearchPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('agentPanel');
  const [submitted, setSubmitted] = useState<SearchValues | null>(null);
  const form = useForm<SearchValues>({ defaultValues: { by: 'phone', q: '' } });
  const search = useSearchZoho(tenantId, submitted?.by ?? 'phone', submitted?.q);
  return (
    <div className="stack">
      <form
        className="form"
        role="search"
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit((values) => setSubmitted({ ...values, q: values.q.trim() }))(event)
        }
      >
        <Field id="panel-search-by" label={t('search.by')}>
          {(control) => (
            <select className="select" {...control} {...form.register('by')}>
              <option value="phone">{t('search.byPhone')}</option>
              <option value="email">{t('search.byEmail')}</option>
              <option value="name">{t('search.byName')}</option>
            </select>
          )}
        </Field>
        <Field id="panel-search-q" label={t('search.query')} error={form.formState.errors.q?.message}>
          {(control) => (
            <input
              className="input"
              {...control}
              {...form.register('q', {
                validate: (q) => q.trim().length >= 2 || 'forms.errors.tooShort',
              })}
            />
          )}
        </Field>
        <div className="actions">
          <SubmitButton pending={search.isFetching} pendingLabel={t('search.searching')}>
            {t('search.submit')}
          </SubmitButton>
        </div>
      </form>
      {search.isError ? <PanelError error={search.error} title={t('search.title')} /> : null}
      {search.data ? (
        <div className="stack" aria-label={t('search.results')} role="region">
          {search.data.results.length === 0 ? <p role="status">{t('search.none')}</p> : null}
          {search.data.tried.length > 1 ? (
            <p className="section__description">
              {t('search.tried', { values: search.data.tried.join(' · ') })}
            </p>
          ) : null}
          {search.data.results.map((record) => (
            <RecordCard
              key={`${record.module}:${record.id}`}
              record={record}
              dialUrlTemplate={search.data.dialUrlTemplate}
              showRelated={false}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}
