import type { SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from './field-error';
import { useOptionalField } from './use-optional-field';

interface OptionalSelectFieldProps {
  path: SettingsPath;
  label: string;
  options: readonly { value: string; label: string }[];
  /** What "not set" means here ("As for all modules", "The agent"): the first option. */
  unsetLabel: string;
  hint?: string;
}

/** A select whose first option leaves the value unset (undefined), never an empty string. */
export function OptionalSelectField({ path, label, options, unsetLabel, hint }: OptionalSelectFieldProps) {
  const { value, onChange } = useOptionalField(path);
  const hintId = hint ? `${path.join('-')}-hint` : undefined;
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
      <select className="input" {...controlProps} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{unsetLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} text={text} />
    </div>
  );
}
