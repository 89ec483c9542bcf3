import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isManagedField } from '@cxc/shared/domain/managed-fields';
import type { TargetModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';

const NOT_MAPPABLE = ['lookup', 'ownerlookup', 'userlookup', 'autonumber', 'formula'];

/**
 * The Zoho field a row fills: the module's live fields (custom ones marked), without those the
 * connector sets itself or that cannot be written. Without metadata the API name is typed instead.
 */
export function ZohoFieldInput({
  module,
  path,
  fields,
}: {
  module: TargetModule;
  path: SettingsPath;
  fields?: readonly ZohoField[];
}) {
  const { t } = useTranslation(['fieldMapping', 'settings']);
  const { register, control } = useFormContext<IntegrationSettings>();
  const { id, text, errorId, controlProps } = useFieldError(path);
  const current: unknown = useWatch({ control, name: asName(path) });
  const label = (
    <label htmlFor={id} className="field__label">
      {t('mappingTable.zohoField')}
    </label>
  );
  if (!fields) {
    return (
      <div className="field">
        {label}
        <input
          className="input input--mono"
          autoComplete="off"
          {...controlProps}
          {...register(asName(path))}
        />
        <FieldError id={errorId} text={text} />
      </div>
    );
  }
  const options = fields.filter(
    (field) =>
      !isManagedField(module, field.api_name) && !field.read_only && !NOT_MAPPABLE.includes(field.data_type),
  );
  const missing =
    typeof current === 'string' && current !== '' && !options.some((field) => field.api_name === current);
  const known = missing ? fields.find((field) => field.api_name === current) : undefined;
  return (
    <div className="field">
      {label}
      <select className="input" {...controlProps} {...register(asName(path))}>
        <option value="">{t('settings:common.choose')}</option>
        {options.map((field) => (
          <option key={field.api_name} value={field.api_name}>
            {t(field.custom_field ? 'mappingTable.customOption' : 'mappingTable.fieldOption', {
              label: field.field_label,
              apiName: field.api_name,
            })}
          </option>
        ))}
        {missing ? (
          <option value={current}>
            {known
              ? t('mappingTable.notWritableOption', { label: known.field_label, apiName: current })
              : t('settings:common.notInZoho', { value: current })}
          </option>
        ) : null}
      </select>
      <FieldError id={errorId} text={text} />
    </div>
  );
}
