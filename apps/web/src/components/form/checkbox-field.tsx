import { useFormContext } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from './field-error';

/** A checkbox bound to one boolean settings path, label after the box. */
export function CheckboxField({ path, label }: { path: SettingsPath; label: string }) {
  const { register } = useFormContext<IntegrationSettings>();
  const { id, text, errorId, controlProps } = useFieldError(path);
  return (
    <div className="check">
      <input type="checkbox" {...controlProps} {...register(asName(path))} />
      <label htmlFor={id}>{label}</label>
      <FieldError id={errorId} text={text} />
    </div>
  );
}
