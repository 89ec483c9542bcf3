import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { apiKeyNameSchema } from '@cxc/shared/api/customer-api';
import { errorMessageKey } from '@/components/errors/error-message';
import { Field } from '@/components/form/field';
import { applyServerIssues, zodFormOptions } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { SecretOnce } from '@/components/ui/secret-once';
import { isApiClientError } from '@/lib/api-error';
import { useCreateApiKey } from '../api/customer-api-keys';

const formSchema = z.object({ name: apiKeyNameSchema });
type FormValues = z.infer<typeof formSchema>;
const ID = 'customer-api-key';

/** Names and creates a key; the whole key is on screen once, until dismissed. */
export function CreateApiKeyForm({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('customerData');
  const { t: tCommon } = useTranslation();
  const create = useCreateApiKey(tenantId);
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema, zodFormOptions),
    defaultValues: { name: '' },
  });
  const onSubmit = async ({ name }: FormValues) => {
    setSecret(null);
    try {
      const result = await create.mutateAsync(name);
      setSecret(result.secret);
      create.reset();
      form.reset({ name: '' });
    } catch (error) {
      applyServerIssues(error, form.setError, ['name']);
    }
  };
  const unplaced = create.isError && !(isApiClientError(create.error) && create.error.issues.length > 0);
  return (
    <div className="stack">
      {secret ? (
        <SecretOnce
          id={`${ID}-secret`}
          secret={secret}
          onDismiss={() => setSecret(null)}
          texts={{ title: t('api.newKey'), warning: t('api.onceWarning'), dismiss: t('api.dismiss') }}
        />
      ) : null}
      <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
        <Field
          id={`${ID}-name`}
          label={t('api.name')}
          description={t('api.nameHint')}
          error={form.formState.errors.name?.message}
        >
          {(control) => (
            <input
              {...control}
              {...form.register('name')}
              className="input"
              maxLength={80}
              autoComplete="off"
            />
          )}
        </Field>
        {unplaced ? (
          <p className="callout callout--danger" role="alert">
            {t('api.failed')} {tCommon(errorMessageKey(create.error))}
          </p>
        ) : null}
        <div className="actions">
          <SubmitButton pending={create.isPending} pendingLabel={t('api.creating')}>
            {t('api.create')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
