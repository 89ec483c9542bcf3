import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';

/**
 * A fixed value for a Zoho picklist, chosen from the org's own values (Zoho refuses any other with
 * INVALID_DATA). A saved value the org no longer has stays visible and selected, marked as such.
 */
export function ConstantPicklist({
  path,
  label,
  field,
}: {
  path: SettingsPath;
  label: string;
  field: ZohoField;
}) {
  const { t } = useTranslation(['fieldMapping', 'settings']);
  const { register, control } = useFormContext<IntegrationSettings>();
  const { id, text, errorId, controlProps } = useFieldError(path);
  const current: unknown = useWatch({ control, name: asName(path) });
  const value =
    typeof current === 'string'
      ? current
      : typeof current === 'number' || typeof current === 'boolean'
        ? String(current)
        : '';
  const values = field.pick_list_values.filter((option) => option.actual_value !== '-None-');
  const unknown = value !== '' && !values.some((option) => option.actual_value === value);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select className="input" {...controlProps} {...register(asName(path))}>
        <option value="">{t('settings:common.choose')}</option>
        {values.map((option) => (
          <option key={option.actual_value} value={option.actual_value}>
            {option.display_value}
          </option>
        ))}
        {unknown ? <option value={value}>{t('settings:common.notInZoho', { value })}</option> : null}
      </select>
      <FieldError id={errorId} text={text} />
    </div>
  );
}
