import { useTranslation } from 'react-i18next';
import { multipleMatchPolicySchema } from '@cxc/shared/domain/identification';
import { personModuleSchema } from '@cxc/shared/domain/modules';
import { updatePolicySchema } from '@cxc/shared/domain/settings';
import { ContentLanguageField } from './content-language-field';
import { RadioGroup } from '@/components/form/radio-group';
import { OptionalSelectField } from '@/components/form/optional-select-field';
import { TextField } from '@/components/form/text-field';

/**
 * Several matches (for all person modules, and per module where one differs), what a found record gets, and the region, time zone and language used to read and
 * write values.
 */
export function PolicyFields() {
  const { t } = useTranslation(['identification', 'settings']);
  return (
    <>
      <RadioGroup
        path={['identification', 'multipleMatches']}
        legend={t('policies.multipleMatches')}
        options={multipleMatchPolicySchema.options.map((value) => ({
          value,
          label: t(`settings:multipleMatches.${value}`),
        }))}
      />
      <fieldset className="settings-fieldset">
        <legend className="settings-fieldset__legend">{t('policies.byModule')}</legend>
        <p className="muted">{t('policies.byModuleHint')}</p>
        <div className="field-row">
          {personModuleSchema.options.map((module) => (
            <OptionalSelectField
              key={module}
              path={['identification', 'multipleMatchesByModule', module]}
              label={t(`settings:module.${module}`)}
              unsetLabel={t('policies.asForAll')}
              options={multipleMatchPolicySchema.options.map((value) => ({
                value,
                label: t(`settings:multipleMatches.${value}`),
              }))}
            />
          ))}
        </div>
      </fieldset>
      <RadioGroup
        path={['updatePolicy']}
        legend={t('policies.updatePolicy')}
        options={updatePolicySchema.options.map((value) => ({
          value,
          label: t(`settings:updatePolicy.${value}`),
          hint: t(`updatePolicyHint.${value}`),
        }))}
      />
      <fieldset className="settings-fieldset">
        <legend className="settings-fieldset__legend">{t('policies.regional')}</legend>
        <div className="field-row">
          <TextField
            path={['defaultCountry']}
            label={t('policies.defaultCountry')}
            hint={t('policies.defaultCountryHint')}
            optional
          />
          <TextField
            path={['timeZone']}
            label={t('policies.timeZone')}
            hint={t('policies.timeZoneHint')}
            optional
          />
        </div>
        <ContentLanguageField />
      </fieldset>
    </>
  );
}
