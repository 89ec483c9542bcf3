import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { Condition } from '@cxc/shared/domain/rule';
import { callDirectionSchema, callStatusSchema } from '@cxc/shared/domain/events';
import type { SettingsPath } from '@/lib/settings/field-path';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { ListInput } from '@/components/form/list-input';
import { SelectField } from '@/components/form/select-field';
import { SourceFieldSelect } from '@/components/form/source-field-select';
import { TextField } from '@/components/form/text-field';

const LIST_OPS = ['in', 'not_in'] as const;
const FIELD_OPS = ['equals', 'not_equals', 'contains', 'is_set', 'is_empty'] as const;

/** The inputs a condition of this kind needs. */
export function ConditionValues({
  channel,
  path,
  condition,
}: {
  channel: Channel;
  path: SettingsPath;
  condition: Condition;
}) {
  const { t } = useTranslation('channels');
  const opOptions = LIST_OPS.map((op) => ({ value: op, label: t(`conditionOp.${op}`) }));
  switch (condition.kind) {
    case 'direction':
      return (
        <SelectField
          path={[...path, 'value']}
          label={t('conditions.direction')}
          options={callDirectionSchema.options.map((value) => ({
            value,
            label: t(`callDirection.${value}`),
          }))}
        />
      );
    case 'min_duration':
      return <TextField path={[...path, 'seconds']} label={t('conditions.seconds')} type="number" />;
    case 'call_status':
      return (
        <div className="field-row">
          <SelectField path={[...path, 'op']} label={t('conditions.op')} options={opOptions} />
          <CheckboxGroup
            path={[...path, 'values']}
            legend={t('conditions.callStatuses')}
            options={callStatusSchema.options.map((value) => ({ value, label: t(`callStatus.${value}`) }))}
          />
        </div>
      );
    case 'field':
      return (
        <div className="field-row">
          <SourceFieldSelect channel={channel} path={[...path, 'path']} label={t('conditions.sourceField')} />
          <SelectField
            path={[...path, 'op']}
            label={t('conditions.op')}
            options={FIELD_OPS.map((op) => ({ value: op, label: t(`conditionOp.${op}`) }))}
          />
          {condition.op === 'is_set' || condition.op === 'is_empty' ? null : (
            <TextField path={[...path, 'value']} label={t('conditions.value')} optional />
          )}
        </div>
      );
    default:
      return (
        <div className="field-row">
          <SelectField path={[...path, 'op']} label={t('conditions.op')} options={opOptions} />
          <ListInput
            path={[...path, 'values']}
            label={t(`conditionValues.${condition.kind}`)}
            hint={t('conditions.listHint')}
          />
        </div>
      );
  }
}
