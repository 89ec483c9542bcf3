import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DataCenterOption } from '@cxc/shared/api/zoho-connection';
import { Field } from '@/components/form/field';
import { useDataCenterName } from '@/lib/data-center-label';
import type { ConnectionFormValues } from '../schemas/connection-form';

interface DataCenterFieldProps {
  idPrefix: string;
  options: readonly DataCenterOption[];
  /** Custom configuration only: other (official Zoho) accounts and API addresses. */
  allowAdvanced: boolean;
}

/**
 * The data center by region name; its accounts server and CRM API address are filled in from it and
 * shown. "Advanced" turns both into editable fields (checked against Zoho's official hosts).
 */
export function DataCenterField({ idPrefix, options, allowAdvanced }: DataCenterFieldProps) {
  const { t } = useTranslation();
  const { optionLabel } = useDataCenterName();
  const { register, setValue, control, formState } = useFormContext<ConnectionFormValues>();
  const { errors } = formState;
  const [dataCenterId, advancedChecked] = useWatch({ control, name: ['dataCenterId', 'advanced'] });
  const selected = options.find((option) => option.id === dataCenterId);
  const advanced = allowAdvanced && advancedChecked;

  const fill = (id: string) => {
    const option = options.find((candidate) => candidate.id === id);
    setValue('accountsUrl', option?.accountsUrl ?? '');
    setValue('apiUrl', option?.apiUrl ?? '');
  };

  const zoho = options.filter((option) => !option.simulated);
  const simulated = options.filter((option) => option.simulated);
  const addresses =
    selected && !advanced ? (
      <dl className="facts facts--compact">
        <dt>{t('connection.setup.accountsUrl')}</dt>
        <dd>
          <code>{selected.accountsUrl}</code>
        </dd>
        <dt>{t('connection.setup.apiUrl')}</dt>
        <dd>
          <code>{selected.apiUrl}</code>
        </dd>
      </dl>
    ) : null;

  return (
    <>
      <Field
        id={`${idPrefix}-dc`}
        label={t('connection.setup.dataCenter')}
        description={t('connection.setup.dataCenterHint')}
        error={errors.dataCenterId?.message}
        after={addresses}
      >
        {(control) => (
          <select
            {...control}
            // Marks the form's value as the default option, so the select never counts as "edited
            // before ready" (react-hook-form then keeps the DOM's value instead of the form's).
            defaultValue={dataCenterId}
            className="select"
            {...register('dataCenterId', {
              onChange: (event: { target: { value: string } }) => fill(event.target.value),
            })}
          >
            <option value="">{t('connection.setup.chooseDataCenter')}</option>
            <optgroup label={t('dataCenters.zohoGroup')}>
              {zoho.map((option) => (
                <option key={option.id} value={option.id}>
                  {optionLabel(option)}
                </option>
              ))}
            </optgroup>
            {simulated.length > 0 ? (
              <optgroup label={t('dataCenters.simulatorGroup')}>
                {simulated.map((option) => (
                  <option key={option.id} value={option.id}>
                    {optionLabel(option)}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        )}
      </Field>
      {allowAdvanced ? (
        <div className="choice">
          <input
            type="checkbox"
            id={`${idPrefix}-advanced`}
            aria-describedby={`${idPrefix}-advanced-description`}
            {...register('advanced')}
          />
          <div>
            <label htmlFor={`${idPrefix}-advanced`} className="choice__label">
              {t('connection.setup.advanced')}
            </label>
            <p id={`${idPrefix}-advanced-description`} className="choice__description">
              {t('connection.setup.advancedDescription')}
            </p>
          </div>
        </div>
      ) : null}
      {advanced ? (
        <>
          <Field
            id={`${idPrefix}-accounts-url`}
            label={t('connection.setup.accountsUrl')}
            description={t('connection.setup.accountsUrlHint')}
            error={errors.accountsUrl?.message}
          >
            {(control) => (
              <input
                {...control}
                className="input input--mono"
                type="url"
                spellCheck={false}
                {...register('accountsUrl')}
              />
            )}
          </Field>
          <Field
            id={`${idPrefix}-api-url`}
            label={t('connection.setup.apiUrl')}
            description={t('connection.setup.apiUrlHint')}
            error={errors.apiUrl?.message}
          >
            {(control) => (
              <input
                {...control}
                className="input input--mono"
                type="url"
                spellCheck={false}
                {...register('apiUrl')}
              />
            )}
          </Field>
        </>
      ) : null}
    </>
  );
}
