import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Channel, CHANNEL_TRIGGERS } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useLabels } from '@/lib/settings/use-labels';
import { CheckboxField } from '@/components/form/checkbox-field';
import { ConditionEditor } from './condition-editor';
import { FieldError } from '@/components/form/field-error';
import { RowActions } from '@/components/form/row-actions';
import { RuleLegend } from './rule-legend';
import { TextField } from '@/components/form/text-field';

interface RuleRowProps {
  channel: Channel;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One rule: its name, on or off, the trigger it listens to, its conditions and what it writes. */
export function RuleRow({ channel, index, count, onMove, onRemove }: RuleRowProps) {
  const { t } = useTranslation('channels');
  const labels = useLabels();
  const { register } = useFormContext<IntegrationSettings>();
  const path = ['channels', channel, 'rules', index] as const;
  const trigger = useFieldError([...path, 'trigger']);
  const row = useFieldError([...path, 'id']);
  const item = t('ruleList.item', { n: index + 1 });
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} className="row-card">
      <RuleLegend channel={channel} index={index} />
      <FieldError id={row.errorId} text={row.text} />
      <div className="field-row">
        <TextField path={[...path, 'name']} label={t('ruleList.name')} />
        <div className="field">
          <label htmlFor={trigger.id} className="field__label">
            {t('ruleList.trigger')}
          </label>
          <select
            className="input"
            {...trigger.controlProps}
            {...register(`channels.${channel}.rules.${index}.trigger`)}
          >
            {CHANNEL_TRIGGERS[channel].map((value) => (
              <option key={value} value={value}>
                {labels.trigger(value)}
              </option>
            ))}
          </select>
          <FieldError id={trigger.errorId} text={trigger.text} />
        </div>
        <CheckboxField path={[...path, 'enabled']} label={t('ruleList.enabled')} />
      </div>
      <ConditionEditor channel={channel} ruleIndex={index} />
      <fieldset className="settings-choice">
        <legend className="settings-choice__legend">{t('ruleList.writes')}</legend>
        <CheckboxField path={[...path, 'writes', 'person']} label={t('ruleList.writesPerson')} />
        <CheckboxField path={[...path, 'writes', 'activities']} label={t('ruleList.writesActivities')} />
        <CheckboxField path={[...path, 'writes', 'deal']} label={t('ruleList.writesDeal')} />
      </fieldset>
      <RowActions
        idBase={fieldId(path)}
        index={index}
        count={count}
        item={item}
        onMove={onMove}
        onRemove={onRemove}
      />
    </fieldset>
  );
}
