import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/form/field';
import type { ConnectionFormValues } from '../schemas/connection-form';

/**
 * Client ID and Client Secret as Zoho's API console names them. The secret is write-only: it is never
 * pre-filled, and an empty field keeps the stored one.
 */
export function ClientCredentialFields({
  idPrefix,
  secretStored,
}: {
  idPrefix: string;
  secretStored: boolean;
}) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<ConnectionFormValues>();
  const { errors } = formState;
  return (
    <>
      <Field
        id={`${idPrefix}-client-id`}
        label={t('connection.setup.clientId')}
        description={t('connection.setup.clientIdHint')}
        error={errors.clientId?.message}
      >
        {(control) => (
          <input
            {...control}
            className="input input--mono"
            autoComplete="off"
            spellCheck={false}
            {...register('clientId')}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-client-secret`}
        label={t('connection.setup.clientSecret')}
        description={secretStored ? t('connection.setup.secretStored') : t('connection.setup.secretHint')}
        error={errors.clientSecret?.message}
      >
        {(control) => (
          <input
            {...control}
            className="input input--mono"
            type="password"
            autoComplete="new-password"
            spellCheck={false}
            {...register('clientSecret')}
          />
        )}
      </Field>
    </>
  );
}
