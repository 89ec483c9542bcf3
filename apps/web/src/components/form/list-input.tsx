import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from '@/lib/settings/editor-context';
import { fieldId, type SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from './field-error';

const split = (text: string) =>
  text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
const join = (values: unknown) => (Array.isArray(values) ? values.map(String).join(', ') : '');
const same = (a: readonly string[], b: unknown) =>
  Array.isArray(b) && a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * A list of names typed as comma-separated text. The text the admin types is kept as typed (a
 * trailing comma does not vanish); when the list changes from elsewhere (reload, restore) the box
 * shows the new list.
 */
export function ListInput({ path, label, hint }: { path: SettingsPath; label: string; hint: string }) {
  const { control } = useFormContext<IntegrationSettings>();
  const { field } = useController({ control, name: asName(path) });
  const hintId = `${fieldId(path)}-hint`;
  const { id, text, errorId, controlProps } = useFieldError(path, hintId);
  const [typed, setTyped] = useState(() => join(field.value));
  const shown = same(split(typed), field.value) ? typed : join(field.value);
  return (
    <div className="field field--wide">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={hintId} className="field__description">
        {hint}
      </p>
      <input
        className="input"
        {...controlProps}
        value={shown}
        onChange={(event) => {
          setTyped(event.target.value);
          field.onChange(split(event.target.value));
        }}
        onBlur={() => field.onBlur()}
      />
      <FieldError id={errorId} text={text} />
    </div>
  );
}
