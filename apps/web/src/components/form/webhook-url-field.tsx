import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from './field';

interface WebhookUrlFieldProps {
  id: string;
  label: string;
  description?: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
}

/** The URL a webhook POSTs to (connection issues, customers changed): one field, typed and hinted alike. */
export function WebhookUrlField({ id, label, description, error, registration }: WebhookUrlFieldProps) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      {(control) => (
        <input
          {...control}
          {...registration}
          className="input input--mono"
          type="url"
          inputMode="url"
          autoComplete="off"
          placeholder="https://"
        />
      )}
    </Field>
  );
}
