import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FormField } from '@cxc/shared/api/agent-panel';
import type { FieldControlProps } from '@/components/form/field';

interface FormControlProps {
  field: FormField;
  control: FieldControlProps;
  registration: UseFormRegisterReturn;
}

/** The input that fits the Zoho field's type: picklists from the org's live values, dates as dates. */
export function FormControl({ field, control, registration }: FormControlProps) {
  const { t } = useTranslation('agentPanel');
  const common = { ...control, ...registration, ...(field.mandatory ? { 'aria-required': true } : {}) };
  // Selects get the prefill as their own default too: the registered ref can run before the options exist.
  const selected = { defaultValue: field.value };
  if (field.dataType === 'picklist') {
    return (
      <select className="select" {...common} {...selected}>
        <option value="">{t('actions.choose')}</option>
        {field.picklist.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  if (field.dataType === 'boolean') {
    return (
      <select className="select" {...common} {...selected}>
        <option value="">{t('actions.choose')}</option>
        <option value="true">{t('actions.yes')}</option>
        <option value="false">{t('actions.no')}</option>
      </select>
    );
  }
  if (field.dataType === 'textarea') return <textarea className="input" rows={4} {...common} />;
  const type =
    field.dataType === 'date'
      ? 'date'
      : field.dataType === 'datetime'
        ? 'datetime-local'
        : field.dataType === 'email'
          ? 'email'
          : field.dataType === 'phone'
            ? 'tel'
            : 'text';
  return <input className="input" type={type} {...common} />;
}
