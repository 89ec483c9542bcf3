import { memo } from 'react';
import { flushSync } from 'react-dom';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { TargetModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { useEditor } from '@/lib/settings/editor-context';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useLabels } from '@/lib/settings/use-labels';
import { useModuleFields } from '@/lib/settings/use-module-fields';
import { FieldError } from '@/components/form/field-error';
import { MandatoryGaps } from './mandatory-gaps';
import { MappingRow } from './mapping-row';
import { ModuleFieldsStatus } from '@/components/form/module-fields-status';

interface MappingTableProps {
  channel: Channel;
  module: TargetModule;
  use: 'created' | 'updated';
}

/** The rows that fill one module's Zoho fields, against that module's live field list. */
export const MappingTable = memo(function MappingTable({ channel, module, use }: MappingTableProps) {
  const { t } = useTranslation('fieldMapping');
  const { t: tEvents } = useTranslation('events');
  const labels = useLabels();
  const { control } = useFormContext<IntegrationSettings>();
  const { announce } = useEditor();
  const state = useModuleFields(module);
  const path = ['channels', channel, 'mapping', module] as const;
  const list = useFieldError(path);
  const { fields, append, remove } = useFieldArray({
    control,
    name: `channels.${channel}.mapping.${module}`,
    keyName: 'key',
  });
  const name = labels.module(module);

  const add = () => {
    flushSync(() => append({ zohoField: '', source: { kind: 'field', path: '' } }));
    document.getElementById(fieldId([...path, fields.length, 'zohoField']))?.focus();
    announce(t('mappingTable.added', { n: fields.length + 1, module: name }));
  };
  const onRemove = (index: number) => {
    flushSync(() => remove(index));
    const next = Math.min(index, fields.length - 2);
    document.getElementById(next >= 0 ? `${fieldId([...path, next])}-remove` : `${list.id}-add`)?.focus();
    announce(t('mappingTable.removed', { n: index + 1, module: name }));
  };

  return (
    <fieldset id={list.id} tabIndex={-1} className="mapping-table" aria-describedby={`${list.id}-use`}>
      <legend className="mapping-table__legend">{name}</legend>
      <p id={`${list.id}-use`} className="muted">
        {t(`mappingTable.use_${use}`, { module: tEvents(`modules.${module}`) })}
      </p>
      <ModuleFieldsStatus module={module} state={state} />
      <FieldError id={list.errorId} text={list.text} />
      {use === 'created' && state.fields ? (
        <MandatoryGaps channel={channel} module={module} fields={state.fields} />
      ) : null}
      {fields.map((field, index) => (
        <MappingRow
          key={field.key}
          channel={channel}
          module={module}
          index={index}
          fields={state.fields}
          onRemove={onRemove}
        />
      ))}
      <button id={`${list.id}-add`} type="button" className="button button--secondary" onClick={add}>
        {t('mappingTable.add')}
      </button>
    </fieldset>
  );
});
