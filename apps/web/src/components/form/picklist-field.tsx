import { useTranslation } from 'react-i18next';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from './field-error';
import { useOptionalField } from './use-optional-field';

/**
 * An optional value of a Zoho picklist (a Deal's pipeline or stage): the org's values when its
 * metadata is known, a text box otherwise. A saved value the org no longer has stays visible.
 */
export function PicklistField({
  path,
  label,
  field,
}: {
  path: SettingsPath;
  label: string;
  field?: ZohoField;
}) {
  const { t } = useTranslation('settings');
  const { id, text, errorId, controlProps } = useFieldError(path);
  const { value: current, onChange } = useOptionalField(path);
  const control = {
    ...controlProps,
    value: current,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  const values = field?.pick_list_values ?? [];
  const unknown = current !== '' && !values.some((v) => v.actual_value === current);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {values.length > 0 ? (
        <select className="input" {...control}>
          <option value="">{t('common.none')}</option>
          {values.map((value) => (
            <option key={value.actual_value} value={value.actual_value}>
              {value.display_value}
            </option>
          ))}
          {unknown ? <option value={current}>{t('common.notInZoho', { value: current })}</option> : null}
        </select>
      ) : (
        <input className="input" {...control} />
      )}
      <FieldError id={errorId} text={text} />
    </div>
  );
}
