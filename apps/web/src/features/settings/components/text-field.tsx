import { useFormContext, type RegisterOptions } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from '../lib/editor-context';
import { fieldId, type SettingsPath } from '../lib/field-path';
import { useFieldError } from '../lib/use-field-error';
import { FieldError } from './field-error';

interface TextFieldProps {
  path: SettingsPath;
  label: string;
  hint?: string;
  type?: 'text' | 'number' | 'email';
  /** Optional values: an empty box means "not set" (undefined), not an empty string. */
  optional?: boolean;
}

/** A labelled text box bound to one settings path, with its hint and inline error. */
export function TextField({ path, label, hint, type = 'text', optional = false }: TextFieldProps) {
  const { register } = useFormContext<IntegrationSettings>();
  const hintId = hint ? `${fieldId(path)}-hint` : undefined;
  const { id, text, errorId, controlProps } = useFieldError(path, hintId);
  const options: RegisterOptions<IntegrationSettings> =
    type === 'number'
      ? { valueAsNumber: true }
      : optional
        ? { setValueAs: (value: unknown) => (value === '' ? undefined : value) }
        : {};
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field__description">
          {hint}
        </p>
      ) : null}
      <input
        className="input"
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        {...controlProps}
        {...register(asName(path), options)}
      />
      <FieldError id={errorId} text={text} />
    </div>
  );
}
