import { useFormContext } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from './field-error';

interface SelectFieldProps {
  path: SettingsPath;
  label: string;
  options: readonly { value: string; label: string }[];
  /** A first, empty option ("Choose…"); choosing it leaves the value empty, which the schema reports. */
  placeholder?: string;
}

/** A native select bound to one settings path. */
export function SelectField({ path, label, options, placeholder }: SelectFieldProps) {
  const { register } = useFormContext<IntegrationSettings>();
  const { id, text, errorId, controlProps } = useFieldError(path);
  const registration = register(asName(path));
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select className="input" {...controlProps} {...registration}>
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
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
