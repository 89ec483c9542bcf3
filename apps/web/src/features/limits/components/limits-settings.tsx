import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form/text-field';

/** What automatic mode may spend at Zoho: the tenant's own share of the org's daily API credits. */
export function LimitsSettings() {
  const { t } = useTranslation('limits');
  return (
    <div className="settings-stack">
      <p className="muted">{t('limitsTab.intro')}</p>
      <fieldset className="settings-fieldset">
        <legend className="settings-fieldset__legend">{t('limitsTab.credits')}</legend>
        <TextField
          path={['automation', 'creditBudgetPer24h']}
          label={t('limitsTab.creditBudget')}
          hint={t('limitsTab.creditBudgetHint')}
          type="number"
          optional
        />
      </fieldset>
    </div>
  );
}
