import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dialUrlTemplateSchema, expandDialUrlTemplate } from '@cxc/shared/domain/dial-url-template';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { fieldId } from '@/lib/settings/field-path';
import { TextField } from '@/components/form/text-field';

const PATH = ['agentPanel', 'dialUrlTemplate'] as const;
const SAMPLE = { shown: '+1 415 555 0100', e164: '+14155550100' };

/** What the agent panel links phone numbers to: the tenant's own telephony, or the installation's default. */
export function AgentPanelSettings() {
  const { t } = useTranslation('agentPanel');
  return (
    <div className="settings-stack">
      <p className="muted">{t('settingsTab.intro')}</p>
      <fieldset className="settings-fieldset">
        <legend className="settings-fieldset__legend">{t('settingsTab.clickToCall')}</legend>
        <TextField
          path={PATH}
          label={t('settingsTab.dialUrlTemplate')}
          hint={t('settingsTab.dialUrlTemplateHint')}
          optional
        />
        <DialExample />
      </fieldset>
    </div>
  );
}

/** The link one sample number would get, updated as the template is typed. */
function DialExample() {
  const { t } = useTranslation('agentPanel');
  const { control } = useFormContext<IntegrationSettings>();
  const template = useWatch({ control, name: 'agentPanel.dialUrlTemplate' });
  const parsed = dialUrlTemplateSchema.safeParse(template ?? '');
  return (
    <p id={`${fieldId(PATH)}-example`} className="field__description" aria-live="polite">
      {!template ? (
        t('settingsTab.exampleDefault')
      ) : parsed.success ? (
        <>
          {t('settingsTab.example', { number: SAMPLE.shown })}{' '}
          <code>{expandDialUrlTemplate(parsed.data, SAMPLE.e164)}</code>
        </>
      ) : (
        t('settingsTab.exampleInvalid')
      )}
    </p>
  );
}
