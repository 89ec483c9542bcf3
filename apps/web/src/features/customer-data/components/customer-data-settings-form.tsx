import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type CustomerDataSettings,
  customerDataSettingsSchema,
  MIRROR_MODES,
  MIRROR_MODULES,
} from '@cxc/shared/api/customer-data';
import { Field } from '@/components/form/field';
import { applyServerIssues, zodFormOptions } from '@/components/form/form-errors';
import { SubmitButton } from '@/components/form/submit-button';
import { useCustomerData } from '../api/get-customer-data';
import { useEstimateCustomerData } from '../api/estimate-customer-data';
import { useSaveCustomerData } from '../api/save-customer-data';
import { CreditEstimateNote } from './credit-estimate-note';

const ID = 'customer-data';

/** Mode, modules and interval; the admin sees the credits a day it costs before saving. */
export function CustomerDataSettingsForm({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('customerData');
  const { data: view } = useCustomerData(tenantId);
  const save = useSaveCustomerData(tenantId);
  const estimate = useEstimateCustomerData(tenantId);
  const form = useForm<CustomerDataSettings>({
    resolver: zodResolver(customerDataSettingsSchema, zodFormOptions),
    defaultValues: view.settings,
  });
  const onSubmit = async (values: CustomerDataSettings) => {
    try {
      await save.mutateAsync(values);
      form.reset(values);
    } catch (error) {
      applyServerIssues(error, form.setError, ['mode', 'modules', 'intervalMinutes']);
    }
  };
  const onEstimate = () => void form.handleSubmit((values) => estimate.mutate(values))();
  const errors = form.formState.errors;

  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}>
      <Field id={`${ID}-mode`} label={t('settings.mode')} error={errors.mode?.message}>
        {(control) => (
          <select {...control} {...form.register('mode')} className="input">
            {MIRROR_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`settings.modes.${mode}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="stack">
        <legend>{t('settings.modules')}</legend>
        {MIRROR_MODULES.map((module) => (
          <label key={module} className="checkbox">
            <input type="checkbox" value={module} {...form.register('modules')} /> {t(`modules.${module}`)}
          </label>
        ))}
        {errors.modules?.message ? <p role="alert">{errors.modules.message}</p> : null}
      </fieldset>
      <Field
        id={`${ID}-interval`}
        label={t('settings.interval')}
        description={t('settings.intervalHint')}
        error={errors.intervalMinutes?.message}
      >
        {(control) => (
          <input
            {...control}
            {...form.register('intervalMinutes', { valueAsNumber: true })}
            className="input"
            type="number"
            min={1}
            max={1440}
            inputMode="numeric"
          />
        )}
      </Field>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onEstimate}>
          {t('settings.check')}
        </button>
        <SubmitButton pending={save.isPending} pendingLabel={t('settings.saving')}>
          {t('settings.save')}
        </SubmitButton>
      </div>
      <div aria-live="polite">
        {estimate.data ? (
          <CreditEstimateNote estimate={estimate.data} />
        ) : (
          <CreditEstimateNote estimate={view.estimate} />
        )}
        {save.isSuccess && !form.formState.isDirty ? <p>{t('settings.saved')}</p> : null}
      </div>
    </form>
  );
}
