import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { isManagedField } from '@cxc/shared/domain/managed-fields';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { FieldError } from '@/components/form/field-error';
import { ModuleFieldsStatus } from '@/components/form/module-fields-status';
import { RadioGroup } from '@/components/form/radio-group';
import { TextField } from '@/components/form/text-field';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useModuleFields } from '@/lib/settings/use-module-fields';
import { useSetSetting } from '@/lib/settings/use-set-setting';

const disposition = ['records', 'lateData', 'disposition'] as const;
const CALL_RESULT = 'Call_Result';
/**
 * A disposition is a short code or one of a pick list's values. Multi-line fields are left out: the
 * transcript and summary share them, and a disposition written there would replace that text.
 */
const SUITED = ['text', 'picklist'];

const suited = (field: ZohoField) =>
  SUITED.includes(field.data_type) && !field.read_only && !isManagedField('Calls', field.api_name);

/**
 * Where the agent's disposition goes: one of the Calls module's own fields, Call_Result by default.
 * Call_Result is stored as `call_result` (as before), any other field as `field` with its API name.
 * Without the org's field list the API name is typed instead.
 */
export function DispositionTarget() {
  const { t } = useTranslation(['records', 'settings']);
  const calls = useModuleFields('Calls');
  const setSetting = useSetSetting();
  const target: unknown = useWatch({ name: 'records.lateData.disposition.target' });
  const field: unknown = useWatch({ name: 'records.lateData.disposition.field' });
  const error = useFieldError([...disposition, 'field'], 'disposition-target-hint');
  if (!calls.fields) return <TypedTarget target={target} state={calls} />;
  const chosen = target === 'field' ? (typeof field === 'string' ? field : '') : CALL_RESULT;
  const options = calls.fields.filter(suited);
  const known = calls.fields.find((f) => f.api_name === chosen);
  const listed = options.some((f) => f.api_name === chosen);
  const choose = (next: string) => {
    if (next === CALL_RESULT || next === '') {
      setSetting('records.lateData.disposition.target', 'call_result');
      setSetting('records.lateData.disposition.field', undefined);
    } else {
      setSetting('records.lateData.disposition.target', 'field');
      setSetting('records.lateData.disposition.field', next);
    }
  };
  const name = (f: ZohoField) => t('late.fieldOption', { label: f.field_label, apiName: f.api_name });
  return (
    <div className="field">
      <label htmlFor={error.id} className="field__label">
        {t('late.dispositionTarget')}
      </label>
      <p id="disposition-target-hint" className="field__description">
        {t('late.dispositionTargetHint')}
      </p>
      <select
        className="input"
        {...error.controlProps}
        value={chosen}
        onChange={(event) => choose(event.target.value)}
      >
        {options.map((f) => (
          <option key={f.api_name} value={f.api_name}>
            {name(f)}
          </option>
        ))}
        {listed || !chosen ? null : (
          <option value={chosen}>
            {known ? name(known) : t('settings:common.notInZoho', { value: chosen })}
          </option>
        )}
      </select>
      <FieldError id={error.errorId} text={error.text} />
    </div>
  );
}

/** The Calls fields could not be read: Call_Result or a typed API name, with the reason shown. */
function TypedTarget({ target, state }: { target: unknown; state: ReturnType<typeof useModuleFields> }) {
  const { t } = useTranslation('records');
  return (
    <>
      <ModuleFieldsStatus module="Calls" state={state} />
      <RadioGroup
        path={[...disposition, 'target']}
        legend={t('late.dispositionTarget')}
        options={(['call_result', 'field'] as const).map((value) => ({
          value,
          label: t(`late.target.${value}`),
        }))}
      />
      {target === 'field' ? (
        <TextField path={[...disposition, 'field']} label={t('late.dispositionField')} optional />
      ) : null}
    </>
  );
}
