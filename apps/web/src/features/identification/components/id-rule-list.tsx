import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ID_RULE_MODULES, idRuleSchema, type IdRule } from '@cxc/shared/domain/identification';
import type { IdentityModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { useEditor } from '@/lib/settings/editor-context';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useLabels } from '@/lib/settings/use-labels';
import { FieldError } from '@/components/form/field-error';
import { IdRuleRow } from './id-rule-row';

type Kind = IdRule['kind'];
const KINDS = idRuleSchema.options.map((option) => option.shape.kind.value);

const newRule = (kind: Kind): IdRule =>
  kind === 'custom_field' ? { kind, zohoField: '', source: 'visitor.email' } : { kind };

/** One module's identification rules, in order: the first rule that finds a record wins. */
export function IdRuleList({ module }: { module: IdentityModule }) {
  const { t } = useTranslation(['identification', 'settings']);
  const labels = useLabels();
  const { control } = useFormContext<IntegrationSettings>();
  const { announce } = useEditor();
  const path = ['identification', 'rules', module] as const;
  const list = useFieldError(path);
  const { fields, append, remove, move } = useFieldArray({
    control,
    name: `identification.rules.${module}`,
    keyName: 'key',
  });
  const used = new Set(fields.map((field) => field.kind));
  const available = KINDS.filter(
    (kind) => ID_RULE_MODULES[kind].includes(module) && (kind === 'custom_field' || !used.has(kind)),
  );
  const [picked, setPicked] = useState<Kind | undefined>(undefined);
  const kind = picked && available.includes(picked) ? picked : available[0];
  const name = labels.module(module);
  const rowId = (index: number) => fieldId([...path, index]);

  const add = () => {
    if (!kind) return;
    flushSync(() => append(newRule(kind)));
    announce(
      t('idRules.added', { kind: t(`settings:idRuleKind.${kind}`), module: name, n: fields.length + 1 }),
    );
  };
  const onMove = (from: number, to: number) => {
    flushSync(() => move(from, to));
    document.getElementById(`${rowId(to)}-${to > from ? 'down' : 'up'}`)?.focus();
    announce(t('idRules.moved', { module: name, n: to + 1, count: fields.length }));
  };
  const onRemove = (index: number) => {
    flushSync(() => remove(index));
    const next = Math.min(index, fields.length - 2);
    document.getElementById(next >= 0 ? `${rowId(next)}-remove` : `${list.id}-kind`)?.focus();
    announce(t('idRules.removed', { module: name, n: index + 1 }));
  };

  return (
    <fieldset id={list.id} tabIndex={-1} className="settings-fieldset">
      <legend className="settings-fieldset__legend">{name}</legend>
      <FieldError id={list.errorId} text={list.text} />
      {fields.length === 0 ? <p className="muted">{t('idRules.empty', { module: name })}</p> : null}
      <ol className="row-list">
        {fields.map((field, index) => (
          <li key={field.key}>
            <IdRuleRow
              module={module}
              index={index}
              count={fields.length}
              onMove={onMove}
              onRemove={onRemove}
            />
          </li>
        ))}
      </ol>
      {kind ? (
        <div className="add-row">
          <label htmlFor={`${list.id}-kind`} className="field__label">
            {t('idRules.kind')}
          </label>
          <select
            id={`${list.id}-kind`}
            className="input"
            value={kind}
            onChange={(event) => setPicked(KINDS.find((k) => k === event.target.value))}
          >
            {available.map((option) => (
              <option key={option} value={option}>
                {t(`settings:idRuleKind.${option}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button button--secondary" onClick={add}>
            {t('idRules.add')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
