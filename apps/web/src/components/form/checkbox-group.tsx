import { useFormContext } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from './field-error';

interface CheckboxGroupProps {
  path: SettingsPath;
  legend: string;
  options: readonly { value: string; label: string }[];
}

/** Several values of one list path as checkboxes; the fieldset is the focus target of the path. */
export function CheckboxGroup({ path, legend, options }: CheckboxGroupProps) {
  const { register } = useFormContext<IntegrationSettings>();
  const { id, text, errorId } = useFieldError(path);
  return (
    <fieldset id={id} tabIndex={-1} className="settings-choice" aria-describedby={text ? errorId : undefined}>
      <legend className="settings-choice__legend">{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className="check">
          <input
            id={`${id}-${option.value}`}
            type="checkbox"
            value={option.value}
            {...register(asName(path))}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      <FieldError id={errorId} text={text} />
    </fieldset>
  );
}
