import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Connection, DataCenterOption } from '@cxc/shared/api/zoho-connection';
import type { FieldIssue } from '@cxc/shared/api/errors';
import { FormErrorSummary } from '@/components/form/form-error-summary';
import { applyServerIssues, unplacedServerIssues, zodFormOptions } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { CopyField } from '@/components/ui/copy-field';
import { isApiClientError } from '@/lib/api-error';
import { useConnection } from '../api/get-connection';
import { useRedeemSelfClientCode } from '../api/redeem-self-client-code';
import { useSaveConnectionConfig } from '../api/save-connection-config';
import {
  allowedOrigins,
  buildConnectionFormSchema,
  CONNECTION_FORM_FIELDS,
  connectionFormDefaults,
  type ConnectionFormOutput,
  type ConnectionFormValues,
  type SetupWay,
} from '../schemas/connection-form';
import { ClientCredentialFields } from './client-credential-fields';
import { DataCenterField } from './data-center-field';
import { SelfClientFields } from './self-client-fields';
import { SetupWayField } from './setup-way-field';
import { useConnectErrorText } from './use-connect-error-text';

const ID = 'zoho-setup';

/** The DCs a way may use; the saved one stays listed even if the server no longer offers it. */
function optionsFor(way: SetupWay, connection: Connection): DataCenterOption[] {
  const list = way === 'system' ? connection.systemDataCenters : connection.dataCenters;
  const saved = connection.config?.dataCenter;
  const keepSaved = saved && connection.config?.kind === (way === 'system' ? 'system' : 'custom');
  return keepSaved && !list.some((option) => option.id === saved.id) ? [...list, saved] : list;
}

/**
 * How this tenant connects to Zoho: the platform's system configuration, its own client (custom), or a
 * Self Client grant code redeemed at once. Switching ways keeps what was typed; a failed save keeps it too.
 */
export function ConnectionSetupForm({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const { data: connection } = useConnection(tenantId);
  const save = useSaveConnectionConfig(tenantId);
  const redeem = useRedeemSelfClientCode(tenantId);
  const [serverError, setServerError] = useState<unknown>(null);
  const [done, setDone] = useState<'saved' | 'redeemed' | null>(null);
  const secretStored = connection.config?.kind === 'custom' && connection.config.secretSet;
  const origins = useMemo(() => allowedOrigins(connection), [connection]);
  const schema = useMemo(() => buildConnectionFormSchema({ secretStored, origins }), [secretStored, origins]);
  const form = useForm<ConnectionFormValues, unknown, ConnectionFormOutput>({
    resolver: zodResolver(schema, zodFormOptions),
    defaultValues: connectionFormDefaults(connection),
  });
  const [way, dataCenterId, advanced] = useWatch({
    control: form.control,
    name: ['way', 'dataCenterId', 'advanced'],
  });
  const options = optionsFor(way, connection);
  const selected = options.find((option) => option.id === dataCenterId);
  const { explainAny } = useConnectErrorText(selected?.dc ?? connection.config?.dataCenter.dc);

  // Zoho's own refusals (invalid_code, invalid_client…) arrive as issues with Zoho's code: explained in words.
  const messageFor = (issue: FieldIssue) => {
    const text = explainAny(issue.code, issue.params);
    return text ? `${text.title} ${text.action}` : undefined;
  };

  const onWayChange = (next: SetupWay) => {
    setDone(null);
    const list = optionsFor(next, connection);
    if (list.some((option) => option.id === form.getValues('dataCenterId'))) return;
    const only = list.length === 1 ? list[0] : undefined;
    form.setValue('dataCenterId', only?.id ?? '');
    form.setValue('accountsUrl', only?.accountsUrl ?? '');
    form.setValue('apiUrl', only?.apiUrl ?? '');
  };

  const onSubmit = async (output: ConnectionFormOutput) => {
    setServerError(null);
    setDone(null);
    try {
      if (output.way === 'selfClient') await redeem.mutateAsync(output.body);
      else await save.mutateAsync(output.body);
      form.reset({ ...form.getValues(), clientSecret: '', code: '' });
      setDone(output.way === 'selfClient' ? 'redeemed' : 'saved');
    } catch (error) {
      setServerError(error);
      applyServerIssues(error, form.setError, CONNECTION_FORM_FIELDS, messageFor);
    }
  };

  const visible = [
    { name: 'dataCenterId', id: `${ID}-dc`, label: t('connection.setup.dataCenter') },
    ...(way === 'system'
      ? []
      : [
          { name: 'clientId', id: `${ID}-client-id`, label: t('connection.setup.clientId') },
          { name: 'clientSecret', id: `${ID}-client-secret`, label: t('connection.setup.clientSecret') },
        ]),
    ...(way === 'custom' && advanced
      ? [
          { name: 'accountsUrl', id: `${ID}-accounts-url`, label: t('connection.setup.accountsUrl') },
          { name: 'apiUrl', id: `${ID}-api-url`, label: t('connection.setup.apiUrl') },
        ]
      : []),
    ...(way === 'selfClient' ? [{ name: 'code', id: `${ID}-code`, label: t('connection.setup.code') }] : []),
  ];
  const unplaced = unplacedServerIssues(serverError, CONNECTION_FORM_FIELDS, messageFor);
  const summaryError = unplaced.placedAny && unplaced.messages.length === 0 ? undefined : serverError;
  // A 502 while redeeming a code means Zoho itself was unreachable: say that, not "the server failed".
  const unreachable =
    way === 'selfClient' && isApiClientError(serverError) && serverError.code === 'UPSTREAM_UNAVAILABLE'
      ? explainAny('zoho_unreachable')
      : undefined;
  const summaryMessages = unreachable ? [`${unreachable.title} ${unreachable.action}`] : unplaced.messages;

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
        <FormErrorSummary
          errors={form.formState.errors}
          fields={visible}
          serverError={summaryError}
          serverMessages={summaryMessages}
        />
        <SetupWayField
          idPrefix={ID}
          systemDataCenters={connection.systemDataCenters}
          onWayChange={onWayChange}
        />
        {/* Remounted per way: its option list changes, and a fresh select takes the form's value. */}
        <DataCenterField key={way} idPrefix={ID} options={options} allowAdvanced={way === 'custom'} />
        {way === 'system' ? null : (
          <ClientCredentialFields idPrefix={ID} secretStored={way === 'custom' && secretStored} />
        )}
        {way === 'custom' ? (
          <CopyField
            label={t('connection.redirectUrl')}
            value={connection.redirectUrl}
            description={t('connection.setup.redirectUrlHint')}
          />
        ) : null}
        {way === 'selfClient' ? <SelfClientFields idPrefix={ID} selected={selected} /> : null}
        <div className="form__actions">
          <SubmitButton
            pending={form.formState.isSubmitting}
            pendingLabel={way === 'selfClient' ? t('connection.setup.redeeming') : t('forms.saving')}
          >
            {way === 'selfClient' ? t('connection.setup.redeem') : t('connection.setup.save')}
          </SubmitButton>
          <p role="status" className="form__status">
            {done === 'saved'
              ? t('connection.setup.saved')
              : done === 'redeemed'
                ? t('connection.setup.redeemed')
                : ''}
          </p>
        </div>
      </form>
    </FormProvider>
  );
}
