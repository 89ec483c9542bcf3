import { flushSync } from 'react-dom';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Channel, CHANNEL_TRIGGERS } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { useEditor } from '@/lib/settings/editor-context';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';
import { RuleRow } from './rule-row';

const newRuleId = () => `rule-${crypto.randomUUID()}`;

/**
 * A channel's ordered rules: in automatic mode the first enabled rule whose trigger and conditions
 * match decides what is written. Add, remove and move are announced; focus follows the row.
 */
export function RuleList({ channel }: { channel: Channel }) {
  const { t } = useTranslation('channels');
  const { control } = useFormContext<IntegrationSettings>();
  const { announce } = useEditor();
  const mode = useWatch({ control, name: `channels.${channel}.mode` });
  const listPath = ['channels', channel, 'rules'] as const;
  const { fields, append, remove, move } = useFieldArray({
    control,
    name: `channels.${channel}.rules`,
    keyName: 'key',
  });
  const listError = useFieldError(listPath);
  const rowId = (index: number) => fieldId([...listPath, index]);

  const add = () => {
    const count = fields.length + 1;
    flushSync(() =>
      append({
        id: newRuleId(),
        name: t('ruleList.newName', { n: count }),
        enabled: true,
        trigger: CHANNEL_TRIGGERS[channel][0],
        conditions: [],
        writes: { person: true, activities: true, deal: false },
      }),
    );
    document.getElementById(fieldId([...listPath, count - 1, 'name']))?.focus();
    announce(t('ruleList.added', { n: count, count }));
  };

  const onMove = (from: number, to: number) => {
    flushSync(() => move(from, to));
    document.getElementById(`${rowId(to)}-${to > from ? 'down' : 'up'}`)?.focus();
    announce(t('ruleList.moved', { n: to + 1, count: fields.length }));
  };

  const onRemove = (index: number) => {
    flushSync(() => remove(index));
    const next = Math.min(index, fields.length - 2);
    document.getElementById(next >= 0 ? `${rowId(next)}-remove` : `add-rule-${channel}`)?.focus();
    announce(t('ruleList.removed', { n: index + 1, count: fields.length - 1 }));
  };

  return (
    <section
      id={listError.id}
      tabIndex={-1}
      className="settings-section"
      aria-labelledby={`rules-${channel}`}
    >
      <h3 id={`rules-${channel}`} className="settings-section__title">
        {t('ruleList.heading')}
      </h3>
      <p className="muted">{t(mode === 'automatic' ? 'ruleList.automatic' : 'ruleList.manual')}</p>
      <FieldError id={listError.errorId} text={listError.text} />
      {fields.length === 0 ? <p>{t('ruleList.empty')}</p> : null}
      <ol className="row-list">
        {fields.map((field, index) => (
          <li key={field.key}>
            <RuleRow
              channel={channel}
              index={index}
              count={fields.length}
              onMove={onMove}
              onRemove={onRemove}
            />
          </li>
        ))}
      </ol>
      <button id={`add-rule-${channel}`} type="button" className="button button--secondary" onClick={add}>
        {t('ruleList.add')}
      </button>
    </section>
  );
}
