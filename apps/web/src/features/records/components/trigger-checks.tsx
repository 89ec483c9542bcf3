import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { zohoTriggerSchema, type ZohoTrigger } from '@cxc/shared/domain/settings-records';
import { asName } from '@/lib/settings/editor-context';
import { fieldId, type SettingsPath } from '@/lib/settings/field-path';
import { useSetSetting } from '@/lib/settings/use-set-setting';

const ALL = zohoTriggerSchema.options;

/**
 * Which of the org's automations a write sets off. Not set is Zoho's own default (all three run), so it
 * shows all three ticked; unticking one stores the explicit list Zoho is sent.
 */
export function TriggerChecks({ path, legend }: { path: SettingsPath; legend: string }) {
  const { t } = useTranslation('records');
  const set = useSetSetting();
  const name = asName(path);
  const raw: unknown = useWatch({ name });
  const current: readonly ZohoTrigger[] = Array.isArray(raw) ? (raw as ZohoTrigger[]) : ALL;
  const id = fieldId(path);
  const toggle = (trigger: ZohoTrigger, on: boolean) =>
    set(name, ALL.filter((k) => (k === trigger ? on : current.includes(k))) as never);
  return (
    <fieldset id={id} tabIndex={-1} className="settings-choice">
      <legend className="settings-choice__legend">{legend}</legend>
      {ALL.map((trigger) => (
        <div key={trigger} className="check">
          <input
            id={`${id}-${trigger}`}
            type="checkbox"
            checked={current.includes(trigger)}
            onChange={(e) => toggle(trigger, e.target.checked)}
          />
          <label htmlFor={`${id}-${trigger}`}>{t(`automation.trigger.${trigger}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
