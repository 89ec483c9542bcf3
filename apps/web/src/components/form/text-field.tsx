import { useFormContext } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from '@/lib/settings/editor-context';
import { fieldId, type SettingsPath } from '@/lib/settings/field-path';
import { useFieldError, type ControlProps } from '@/lib/settings/use-field-error';
import { FieldError } from './field-error';
import { useOptionalField } from './use-optional-field';

interface TextFieldProps {
  path: SettingsPath;
  label: string;
  hint?: string;
  type?: 'text' | 'number';
  /** Optional values: an empty box means "not set" (undefined), not an empty string. */
  optional?: boolean;
}

/** A labelled text box bound to one settings path, with its hint and inline error. */
export function TextField({ path, label, hint, type = 'text', optional = false }: TextFieldProps) {
  const hintId = hint ? `${fieldId(path)}-hint` : undefined;
  const { id, text, errorId, controlProps } = useFieldError(path, hintId);
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
      {optional ? (
        <OptionalInput path={path} type={type} controlProps={controlProps} />
      ) : (
        <RequiredInput path={path} type={type} controlProps={controlProps} />
      )}
      <FieldError id={errorId} text={text} />
    </div>
  );
}

interface InputProps {
  path: SettingsPath;
  type: 'text' | 'number';
  controlProps: ControlProps;
}

function RequiredInput({ path, type, controlProps }: InputProps) {
  const { register } = useFormContext<IntegrationSettings>();
  return (
    <input
      className="input"
      type={type}
      inputMode={type === 'number' ? 'numeric' : undefined}
      {...controlProps}
      {...register(asName(path), type === 'number' ? { valueAsNumber: true } : {})}
    />
  );
}

/** Not registered (see useOptionalField); a number box is plain text so a typo can be shown, not dropped. */
function OptionalInput({ path, type, controlProps }: InputProps) {
  const field = useOptionalField(path);
  return (
    <input
      className="input"
      inputMode={type === 'number' ? 'numeric' : undefined}
      {...controlProps}
      value={field.value}
      onChange={(event) => field.onChange(event.target.value, type)}
    />
  );
}
