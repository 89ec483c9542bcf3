import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useLabels } from '@/lib/settings/use-labels';
import { ConditionValues } from './condition-values';
import { FieldError } from '@/components/form/field-error';
import { RowActions } from '@/components/form/row-actions';

interface ConditionRowProps {
  channel: Channel;
  ruleIndex: number;
  index: number;
  onRemove: (index: number) => void;
}

/** One condition of a rule; its kind is fixed once added (remove it and add another to change it). */
export function ConditionRow({ channel, ruleIndex, index, onRemove }: ConditionRowProps) {
  const { t } = useTranslation('channels');
  const labels = useLabels();
  const { control } = useFormContext<IntegrationSettings>();
  const path = ['channels', channel, 'rules', ruleIndex, 'conditions', index] as const;
  const condition = useWatch({ control, name: `channels.${channel}.rules.${ruleIndex}.conditions.${index}` });
  const kindError = useFieldError([...path, 'kind']);
  if (!condition) return null;
  const kind = labels.conditionKind(condition.kind);
  return (
    <fieldset id={fieldId(path)} tabIndex={-1} className="condition-row">
      <legend className="condition-row__legend">{t('conditions.rowLegend', { n: index + 1, kind })}</legend>
      <FieldError id={kindError.errorId} text={kindError.text} />
      <ConditionValues channel={channel} path={path} condition={condition} />
      <RowActions
        idBase={fieldId(path)}
        index={index}
        count={1}
        item={t('conditions.item', { n: index + 1, kind })}
        onRemove={onRemove}
      />
    </fieldset>
  );
}
