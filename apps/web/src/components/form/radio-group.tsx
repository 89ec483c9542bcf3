import { useFormContext } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from './field-error';

interface RadioGroupProps {
  path: SettingsPath;
  legend: string;
  options: readonly { value: string; label: string; hint?: string }[];
}

/** One choice of a few, as native radios in a fieldset; the fieldset is the focus target of its path. */
export function RadioGroup({ path, legend, options }: RadioGroupProps) {
  const { register } = useFormContext<IntegrationSettings>();
  const { id, text, errorId } = useFieldError(path);
  return (
    <fieldset id={id} tabIndex={-1} className="settings-choice" aria-describedby={text ? errorId : undefined}>
      <legend className="settings-choice__legend">{legend}</legend>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="check">
            <input
              id={optionId}
              type="radio"
              value={option.value}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              {...register(asName(path))}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.hint ? (
              <p id={`${optionId}-hint`} className="check__hint">
                {option.hint}
              </p>
            ) : null}
          </div>
        );
      })}
      <FieldError id={errorId} text={text} />
    </fieldset>
  );
}
