import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SystemClient } from '@cxc/shared/api/system';
import { Field } from '@/components/form/field';
import { FormErrorSummary } from '@/components/form/form-error-summary';
import { applyServerIssues, unplacedServerIssues, zodFormOptions } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { Badge } from '@/components/ui/badge';
import { useDataCenterName } from '@/lib/data-center-label';
import { useFormatters } from '@/lib/use-formatters';
import type { SaveSystemClientBody } from '../api/save-system-client';
import { useSaveSystemClient } from '../api/save-system-client';
import { SystemClientUsage } from './system-client-usage';
import {
  buildSystemClientFormSchema,
  SYSTEM_CLIENT_FIELDS,
  type SystemClientFormValues,
} from '../schemas/system-client-form';

/**
 * The platform's Zoho client for one data center. The secret is write-only: the API only says whether
 * one is stored, the field starts empty, and an empty field keeps the stored secret.
 */
export function SystemClientForm({ client }: { client: SystemClient }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { optionLabel } = useDataCenterName();
  const dc = client.dataCenter;
  const id = `system-client-${dc.id}`;
  const save = useSaveSystemClient(dc.id);
  const [serverError, setServerError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const schema = useMemo(
    () => buildSystemClientFormSchema({ secretStored: client.secretSet }),
    [client.secretSet],
  );
  const form = useForm<SystemClientFormValues, unknown, SaveSystemClientBody>({
    resolver: zodResolver(schema, zodFormOptions),
    defaultValues: { clientId: client.clientId ?? '', clientSecret: '', enabled: client.enabled },
  });
  const { errors } = form.formState;

  const onSubmit = async (body: SaveSystemClientBody) => {
    setServerError(null);
    setSaved(false);
    try {
      const result = await save.mutateAsync(body);
      form.reset({ clientId: result.clientId ?? '', clientSecret: '', enabled: result.enabled });
      setSaved(true);
    } catch (error) {
      setServerError(error);
      applyServerIssues(error, form.setError, SYSTEM_CLIENT_FIELDS);
    }
  };

  const status =
    !client.clientId || !client.secretSet ? 'not_configured' : client.enabled ? 'enabled' : 'disabled';
  const fields = [
    { name: 'clientId', id: `${id}-client-id`, label: t('connection.setup.clientId') },
    { name: 'clientSecret', id: `${id}-client-secret`, label: t('connection.setup.clientSecret') },
  ];
  const unplaced = unplacedServerIssues(serverError, SYSTEM_CLIENT_FIELDS);

  return (
    <form
      className="card system-client"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
    >
      <div className="card__header">
        <h3 id={`${id}-title`} className="card__title">
          {optionLabel(dc)}
        </h3>
        <div className="card__aside">
          <span className="sr-only">{t('common.status')}: </span>
          <Badge tone={status === 'enabled' ? 'success' : status === 'disabled' ? 'neutral' : 'warning'}>
            {t(`systemClients.status.${status}`)}
          </Badge>
        </div>
      </div>
      <div className="card__body form">
        <FormErrorSummary
          errors={errors}
          fields={fields}
          serverError={unplaced.placedAny && unplaced.messages.length === 0 ? undefined : serverError}
          serverMessages={unplaced.messages}
        />
        <p className="muted">
          <code>{dc.accountsUrl}</code>
        </p>
        <SystemClientUsage client={client} />
        <Field id={`${id}-client-id`} label={t('connection.setup.clientId')} error={errors.clientId?.message}>
          {(control) => (
            <input
              {...control}
              className="input input--mono"
              autoComplete="off"
              spellCheck={false}
              {...form.register('clientId')}
            />
          )}
        </Field>
        <Field
          id={`${id}-client-secret`}
          label={t('connection.setup.clientSecret')}
          description={client.secretSet ? t('systemClients.secretStored') : t('systemClients.secretMissing')}
          error={errors.clientSecret?.message}
        >
          {(control) => (
            <input
              {...control}
              className="input input--mono"
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              {...form.register('clientSecret')}
            />
          )}
        </Field>
        <div className="choice">
          <input
            type="checkbox"
            id={`${id}-enabled`}
            aria-describedby={`${id}-enabled-description`}
            {...form.register('enabled')}
          />
          <div>
            <label htmlFor={`${id}-enabled`} className="choice__label">
              {t('systemClients.enabled')}
            </label>
            <p id={`${id}-enabled-description`} className="choice__description">
              {t('systemClients.enabledDescription')}
            </p>
          </div>
        </div>
        {client.updatedAt ? (
          <p className="muted">
            {t('systemClients.updated', {
              when: format.dateTime(client.updatedAt),
              who: client.updatedBy ?? '—',
            })}
          </p>
        ) : null}
        <div className="form__actions">
          <SubmitButton pending={form.formState.isSubmitting} pendingLabel={t('forms.saving')}>
            {t('systemClients.save')}
          </SubmitButton>
          <p role="status" className="form__status">
            {saved ? t('systemClients.saved') : ''}
          </p>
        </div>
      </div>
    </form>
  );
}
