import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { issueWebhookUrlSchema } from '@cxc/shared/api/connection-issues';
import type { CustomerWebhook } from '@cxc/shared/api/customer-webhook';
import type { FieldIssue } from '@cxc/shared/api/errors';
import { errorMessageKey } from '@/components/errors/error-message';
import { applyServerIssues, zodFormOptions } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { WebhookUrlField } from '@/components/form/webhook-url-field';
import { isApiClientError } from '@/lib/api-error';
import { useSaveCustomerWebhook } from '../api/customer-webhook';

const formSchema = z.object({ url: issueWebhookUrlSchema, enabled: z.boolean() });
type FormValues = z.infer<typeof formSchema>;
const ID = 'customer-webhook';

/** The URL and the on/off switch; the first save hands the new secret up to be shown once. */
export function CustomerWebhookForm(props: {
  tenantId: string;
  webhook: CustomerWebhook;
  onSecret: (secret: string | null) => void;
}) {
  const { t } = useTranslation('customerData');
  const { t: tCommon } = useTranslation();
  const save = useSaveCustomerWebhook(props.tenantId);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema, zodFormOptions),
    defaultValues: {
      url: props.webhook.url ?? '',
      enabled: props.webhook.configured ? props.webhook.enabled : true,
    },
  });
  // The URL checks' refusals arrive with a code on `url`: explained in the admin's language.
  const messageFor = (issue: FieldIssue) =>
    issue.code === 'private_host'
      ? t('webhook.privateHost')
      : issue.code === 'unknown_host'
        ? t('webhook.unknownHost')
        : issue.code === 'https_required'
          ? t('webhook.httpsRequired')
          : undefined;
  const onSubmit = async (values: FormValues) => {
    try {
      const result = await save.mutateAsync(values);
      if (result.secret) props.onSecret(result.secret);
      save.reset();
    } catch (error) {
      applyServerIssues(error, form.setError, ['url'], messageFor);
    }
  };
  const unplaced = save.isError && !(isApiClientError(save.error) && save.error.issues.length > 0);
  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <WebhookUrlField
        id={`${ID}-url`}
        label={t('webhook.url')}
        description={t('webhook.urlHint')}
        error={form.formState.errors.url?.message}
        registration={form.register('url')}
      />
      <label className="checkbox">
        <input type="checkbox" {...form.register('enabled')} /> {t('webhook.enabled')}
      </label>
      {unplaced ? (
        <p className="callout callout--danger" role="alert">
          {t('webhook.failed')} {tCommon(errorMessageKey(save.error))}
        </p>
      ) : null}
      <div className="actions">
        <SubmitButton pending={save.isPending} pendingLabel={t('webhook.saving')}>
          {t('webhook.save')}
        </SubmitButton>
      </div>
    </form>
  );
}
