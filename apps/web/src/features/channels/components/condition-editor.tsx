import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import {
  CONDITION_CHANNELS,
  conditionKindSchema,
  type Condition,
  type ConditionKind,
} from '@cxc/shared/domain/rule';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { useEditor } from '@/lib/settings/editor-context';
import { fieldId } from '@/lib/settings/field-path';
import { useLabels } from '@/lib/settings/use-labels';
import { ConditionRow } from './condition-row';

/** What a new condition of each kind starts as; empty lists are flagged until the admin fills them. */
function newCondition(kind: ConditionKind): Condition {
  switch (kind) {
    case 'direction':
      return { kind, value: 'inbound' };
    case 'min_duration':
      return { kind, seconds: 30 };
    case 'field':
      return { kind, path: 'visitor.email', op: 'is_set' };
    case 'call_status':
      return { kind, op: 'in', values: ['answered'] };
    default:
      return { kind, op: 'in', values: [] };
  }
}

/** The conditions of one rule (all must hold), with a picker for the kinds this channel has. */
export function ConditionEditor({ channel, ruleIndex }: { channel: Channel; ruleIndex: number }) {
  const { t } = useTranslation('channels');
  const labels = useLabels();
  const { control } = useFormContext<IntegrationSettings>();
  const { announce } = useEditor();
  const kinds = conditionKindSchema.options.filter((kind) => CONDITION_CHANNELS[kind].includes(channel));
  const [kind, setKind] = useState<ConditionKind>(kinds[0] ?? 'queue');
  const path = ['channels', channel, 'rules', ruleIndex, 'conditions'] as const;
  const { fields, append, remove } = useFieldArray({
    control,
    name: `channels.${channel}.rules.${ruleIndex}.conditions`,
    keyName: 'key',
  });
  const pickerId = `${fieldId(path)}-kind`;

  const add = () => {
    flushSync(() => append(newCondition(kind)));
    announce(t('conditions.added', { kind: labels.conditionKind(kind), n: fields.length + 1 }));
  };
  const onRemove = (index: number) => {
    flushSync(() => remove(index));
    document.getElementById(pickerId)?.focus();
    announce(t('conditions.removed', { n: index + 1 }));
  };

  return (
    <fieldset id={fieldId(path)} tabIndex={-1} className="settings-choice">
      <legend className="settings-choice__legend">{t('conditions.legend')}</legend>
      {fields.length === 0 ? <p className="muted">{t('conditions.none')}</p> : null}
      {fields.map((field, index) => (
        <ConditionRow
          key={field.key}
          channel={channel}
          ruleIndex={ruleIndex}
          index={index}
          onRemove={onRemove}
        />
      ))}
      <div className="add-row">
        <label htmlFor={pickerId} className="field__label">
          {t('conditions.kind')}
        </label>
        <select
          id={pickerId}
          className="input"
          value={kind}
          onChange={(event) => setKind(conditionKindSchema.parse(event.target.value))}
        >
          {kinds.map((option) => (
            <option key={option} value={option}>
              {labels.conditionKind(option)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('conditions.add')}
        </button>
      </div>
    </fieldset>
  );
}
