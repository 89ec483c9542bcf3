import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '@cxc/shared/api/errors';
import type { LinkedRecord, PanelAction, PanelContextInput, PanelParent } from '@cxc/shared/api/agent-panel';
import { Field } from '@/components/form/field';
import { FormErrorSummary } from '@/components/form/form-error-summary';
import { SubmitButton } from '@/components/form/submit-button';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiClientError } from '@/lib/api-error';
import { fromZonedInputValue, toZonedInputValue } from '@/lib/format';
import { newRequestId } from '@/lib/request-id';
import { useFormatters } from '@/lib/use-formatters';
import { type ActionForm as ActionFormData, useActionForm } from '../api/get-action-form';
import { useRunAction } from '../api/run-action';
import { PanelError } from './panel-error';
import { FormControl } from './form-control';
import { FormSubject } from './form-subject';
import { useRefusalTitle } from './refusal-title';
import { useIssueText } from './use-issue-text';

type Values = Record<string, string>;

interface ActionFormProps {
  tenantId: string;
  action: PanelAction;
  context: PanelContextInput;
  parent: PanelParent | undefined;
  onCreated: (record: LinkedRecord) => void;
  onClose: () => void;
}

/** Server issues at `["values", <api_name>]` belong to that field; the rest is said above the form. */
function fieldOf(issue: FieldIssue, names: readonly string[]): string | undefined {
  const [head, name] = issue.path;
  return head === 'values' && typeof name === 'string' && names.includes(name) ? name : undefined;
}

function Form({
  form,
  tenantId,
  action,
  context,
  parent,
  onCreated,
  onClose,
}: ActionFormProps & { form: ActionFormData }) {
  const { t } = useTranslation('agentPanel');
  const run = useRunAction(tenantId, action);
  const [serverError, setServerError] = useState<unknown>(null);
  const [serverMessages, setServerMessages] = useState<string[]>([]);
  const names = form.fields.map((f) => f.apiName);
  const { timeZone, zoneLongName } = useFormatters();
  // A date-time is edited as the tenant's wall-clock time (a call at 5:00 in New York reads 5:00, not
  // 10:00Z) and sent back as the instant.
  const isDateTime = (name: string) =>
    form.fields.some((f) => f.apiName === name && f.dataType === 'datetime');
  const rhf = useForm<Values>({
    defaultValues: Object.fromEntries(
      form.fields.map((f) => [
        f.apiName,
        f.dataType === 'datetime' && f.value ? toZonedInputValue(f.value, timeZone) : f.value,
      ]),
    ),
  });
  const issueText = useIssueText();
  const refusalTitle = useRefusalTitle();

  // One id per record the agent means to create: a double click or a resend after a lost answer reuses it,
  // so the BFF answers the first result instead of creating a second record.
  const requestId = useRef(newRequestId());

  const onSubmit = async (entered: Values) => {
    const values = Object.fromEntries(
      Object.entries(entered).map(([name, value]) => [
        name,
        isDateTime(name) && value ? fromZonedInputValue(value, timeZone) || value : value,
      ]),
    );
    setServerError(null);
    setServerMessages([]);
    try {
      const body = { requestId: requestId.current, context, values, parent: form.parent ?? parent };
      const { record } = await run.mutateAsync(body);
      requestId.current = newRequestId();
      onCreated(record);
    } catch (failure) {
      // What the agent typed stays in the form; Zoho's complaints go on the fields they name.
      setServerError(failure);
      if (!isApiClientError(failure)) return;
      // Told that the first attempt may exist at Zoho: sending again is then a deliberate new record.
      if (failure.issues.some((issue) => issue.code === 'may_exist')) requestId.current = newRequestId();
      let focus = true;
      const unplaced: string[] = [];
      for (const issue of failure.issues) {
        const name = fieldOf(issue, names);
        if (!name) unplaced.push(issueText(issue));
        else {
          rhf.setError(name, { type: 'server', message: issueText(issue) }, { shouldFocus: focus });
          focus = false;
        }
      }
      setServerMessages(unplaced);
    }
  };

  const id = (apiName: string) => `panel-${action}-${apiName}`;
  const placed = Object.keys(rhf.formState.errors).length > 0;
  return (
    <form className="form" noValidate onSubmit={(event) => void rhf.handleSubmit(onSubmit)(event)}>
      <FormErrorSummary
        errors={rhf.formState.errors}
        fields={form.fields.map((f) => ({ name: f.apiName, id: id(f.apiName), label: f.label }))}
        serverError={placed ? undefined : serverError}
        serverMessages={serverMessages}
        title={refusalTitle(serverError)}
      />
      <FormSubject tenantId={tenantId} context={context} form={form} />
      {form.needsParent ? <p className="callout callout--warning">{t('actions.needsParent')}</p> : null}
      {form.fields.map((field) => (
        <Field
          key={field.apiName}
          id={id(field.apiName)}
          label={field.mandatory ? `${field.label} (${t('actions.required')})` : field.label}
          error={rhf.formState.errors[field.apiName]?.message}
          // Says whose clock a date-time is read on (the tenant's), not the agent's computer's.
          {...(field.dataType === 'datetime'
            ? { description: t('actions.zoneHint', { zone: zoneLongName(field.value || new Date()) }) }
            : {})}
        >
          {(control) => (
            <FormControl
              field={field}
              control={control}
              registration={rhf.register(field.apiName, {
                ...(field.mandatory ? { required: 'forms.errors.required' } : {}),
                ...(field.length
                  ? { maxLength: { value: field.length, message: 'forms.errors.tooLong' } }
                  : {}),
              })}
            />
          )}
        </Field>
      ))}
      <div className="actions">
        <SubmitButton pending={run.isPending} pendingLabel={t('actions.saving')}>
          {t('actions.submit')}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

/** One action's form, prefilled by the server from the conversation and the tenant's mapping. */
export function ActionForm(props: ActionFormProps) {
  const { t } = useTranslation('agentPanel');
  const query = useActionForm(props.tenantId, props.action, props.context, props.parent);
  if (query.isPending) return <LoadingState label={t('actions.fieldsLoading')} />;
  if (query.isError)
    return (
      <PanelError error={query.error} title={t('actions.failed')} onRetry={() => void query.refetch()} />
    );
  return <Form {...props} form={query.data} />;
}
