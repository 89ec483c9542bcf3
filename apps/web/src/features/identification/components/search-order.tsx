import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { personModuleSchema, type PersonModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { useEditor } from '@/lib/settings/editor-context';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useLabels } from '@/lib/settings/use-labels';
import { FieldError } from '@/components/form/field-error';
import { NestedErrors } from '@/components/form/nested-errors';
import { RowActions } from '@/components/form/row-actions';

/** The person modules searched, in order; the first module with a match wins. */
export function SearchOrder() {
  const { t } = useTranslation('identification');
  const labels = useLabels();
  const { control } = useFormContext<IntegrationSettings>();
  const { announce } = useEditor();
  const { field } = useController({ control, name: 'identification.searchOrder' });
  const path = ['identification', 'searchOrder'] as const;
  const list = useFieldError(path);
  const order = field.value;
  const missing = personModuleSchema.options.filter((module) => !order.includes(module));
  const [adding, setAdding] = useState<PersonModule | undefined>(undefined);
  const choice = adding && missing.includes(adding) ? adding : missing[0];

  const change = (next: PersonModule[]) => flushSync(() => field.onChange(next));
  const onMove = (from: number, to: number) => {
    const next = [...order];
    const [moved] = next.splice(from, 1);
    if (moved) next.splice(to, 0, moved);
    change(next);
    document.getElementById(`${fieldId([...path, to])}-${to > from ? 'down' : 'up'}`)?.focus();
    announce(t('searchOrder.moved', { module: labels.module(moved ?? ''), n: to + 1 }));
  };
  const onRemove = (index: number) => {
    const removed = order[index];
    change(order.filter((_, i) => i !== index));
    document.getElementById(`${list.id}-add`)?.focus();
    announce(t('searchOrder.removed', { module: labels.module(removed ?? '') }));
  };
  const add = () => {
    if (!choice) return;
    change([...order, choice]);
    announce(t('searchOrder.added', { module: labels.module(choice), n: order.length + 1 }));
  };

  return (
    <fieldset id={list.id} tabIndex={-1} className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('searchOrder.legend')}</legend>
      <p className="muted">{t('searchOrder.hint')}</p>
      <FieldError id={list.errorId} text={list.text} />
      <NestedErrors path={path} />
      <ol className="order-list">
        {order.map((module, index) => (
          <li key={module} className="order-list__item">
            <span>{labels.module(module)}</span>
            <RowActions
              idBase={fieldId([...path, index])}
              index={index}
              count={order.length}
              item={labels.module(module)}
              onMove={onMove}
              onRemove={onRemove}
            />
          </li>
        ))}
      </ol>
      {choice ? (
        <div className="add-row">
          <label htmlFor={`${list.id}-choice`} className="field__label">
            {t('searchOrder.module')}
          </label>
          <select
            id={`${list.id}-choice`}
            className="input"
            value={choice}
            onChange={(event) => setAdding(personModuleSchema.parse(event.target.value))}
          >
            {missing.map((module) => (
              <option key={module} value={module}>
                {labels.module(module)}
              </option>
            ))}
          </select>
          <button id={`${list.id}-add`} type="button" className="button button--secondary" onClick={add}>
            {t('searchOrder.add')}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
