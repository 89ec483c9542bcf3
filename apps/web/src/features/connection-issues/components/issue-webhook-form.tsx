import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { issueWebhookUrlSchema } from '@cxc/shared/api/connection-issues';
import type { FieldIssue } from '@cxc/shared/api/errors';
import { errorMessageKey } from '@/components/errors/error-message';
import { applyServerIssues, zodFormOptions } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { WebhookUrlField } from '@/components/form/webhook-url-field';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { isApiClientError } from '@/lib/api-error';
import { useFormatters } from '@/lib/use-formatters';
import { useDeleteIssueWebhook } from '../api/delete-issue-webhook';
import { useIssueWebhook } from '../api/get-issue-webhook';
import { useSaveIssueWebhook } from '../api/save-issue-webhook';
import { IssueWebhookSecret } from './issue-webhook-secret';

const formSchema = z.object({ url: issueWebhookUrlSchema });
type FormValues = z.infer<typeof formSchema>;
const ID = 'issue-webhook';

/** Where issues are POSTed (signed), set by the tenant admin; the secret is shown once after saving. */
export function IssueWebhookForm({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data: webhook } = useIssueWebhook(tenantId);
  const save = useSaveIssueWebhook(tenantId);
  const remove = useDeleteIssueWebhook(tenantId);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema, zodFormOptions),
    defaultValues: { url: webhook.url ?? '' },
  });
  // The SSRF guard's refusals arrive with a code on `url`: explained in the admin's language.
  const messageFor = (issue: FieldIssue) =>
    issue.code === 'private_host'
      ? t('issues.webhook.privateHost')
      : issue.code === 'unknown_host'
        ? t('issues.webhook.unknownHost')
        : undefined;

  const onSubmit = async ({ url }: FormValues) => {
    setSecret(null);
    try {
      const result = await save.mutateAsync(url);
      setSecret(result.secret);
      save.reset();
    } catch (error) {
      applyServerIssues(error, form.setError, ['url'], messageFor);
    }
  };
  const unplaced = save.isError && !(isApiClientError(save.error) && save.error.issues.length > 0);

  return (
    <div className="subsection stack">
      <h3 className="subsection__title">{t('issues.webhook.title')}</h3>
      <p className="section__description">{t('issues.webhook.description')}</p>
      <p>
        {webhook.configured && webhook.url && webhook.createdAt
          ? t('issues.webhook.configured', {
              url: webhook.url,
              when: format.dateTime(webhook.createdAt),
            })
          : t('issues.webhook.none')}
      </p>
      {secret ? <IssueWebhookSecret secret={secret} onDismiss={() => setSecret(null)} /> : null}
      <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
        <WebhookUrlField
          id={`${ID}-url`}
          label={t('issues.webhook.url')}
          error={form.formState.errors.url?.message}
          registration={form.register('url')}
        />
        {unplaced ? (
          <p className="callout callout--danger" role="alert">
            {t('issues.webhook.failed')} {t(errorMessageKey(save.error))}
          </p>
        ) : null}
        <div className="actions">
          <SubmitButton pending={save.isPending} pendingLabel={t('issues.webhook.saving')}>
            {t('issues.webhook.save')}
          </SubmitButton>
          {webhook.configured ? (
            <ConfirmActionButton
              label={t('issues.webhook.remove')}
              buttonClassName="button button--secondary"
              title={t('issues.webhook.removeTitle')}
              confirmLabel={t('issues.webhook.remove')}
              pendingLabel={t('issues.webhook.saving')}
              tone="danger"
              mutation={remove}
              errorText={(error) => t(errorMessageKey(error))}
              onDone={() => {
                setSecret(null);
                form.reset({ url: '' });
              }}
            >
              <p>{t('issues.webhook.removeBody')}</p>
            </ConfirmActionButton>
          ) : null}
        </div>
      </form>
    </div>
  );
}
