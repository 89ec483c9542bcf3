import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { MappingSource } from '@cxc/shared/domain/mapping';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { asName } from '@/lib/settings/editor-context';
import { fieldId, type SettingsPath } from '@/lib/settings/field-path';
import { useSetSetting } from '@/lib/settings/use-set-setting';
import { ConstantPicklist } from './constant-picklist';
import { SourceFieldSelect } from '@/components/form/source-field-select';
import { TemplateField } from './template-field';
import { TextField } from '@/components/form/text-field';

const KINDS = ['field', 'template', 'constant'] as const;
// A multi-select picklist takes one of its values as a single fixed choice too.
const PICKLISTS = new Set(['picklist', 'multiselectpicklist']);
const EMPTY: Record<MappingSource['kind'], MappingSource> = {
  field: { kind: 'field', path: '' },
  template: { kind: 'template', template: '' },
  constant: { kind: 'constant', value: '' },
};

interface SourceInputProps {
  channel: Channel;
  path: SettingsPath;
  /** The row's Zoho field when its metadata is known: a picklist's fixed value is chosen from its values. */
  field?: ZohoField | undefined;
}

/** Where a row's value comes from: a conversation field, a template with variables, or a fixed value. */
export function SourceInput({ channel, path, field }: SourceInputProps) {
  const { t } = useTranslation('fieldMapping');
  const { control } = useFormContext<IntegrationSettings>();
  const set = useSetSetting();
  const source = useWatch({ control, name: asName(path) }) as MappingSource | undefined;
  const kindId = fieldId([...path, 'kind']);
  if (!source) return null;
  return (
    <>
      <div className="field">
        <label htmlFor={kindId} className="field__label">
          {t('mappingTable.sourceKind')}
        </label>
        <select
          id={kindId}
          className="input"
          value={source.kind}
          onChange={(event) => {
            const kind = KINDS.find((option) => option === event.target.value) ?? 'field';
            set(asName(path), EMPTY[kind]);
          }}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`sourceKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {source.kind === 'field' ? (
        <SourceFieldSelect channel={channel} path={[...path, 'path']} label={t('mappingTable.sourceField')} />
      ) : source.kind === 'template' ? (
        <TemplateField channel={channel} path={[...path, 'template']} />
      ) : field && PICKLISTS.has(field.data_type) && field.pick_list_values.length > 0 ? (
        <ConstantPicklist path={[...path, 'value']} label={t('mappingTable.constant')} field={field} />
      ) : (
        <TextField path={[...path, 'value']} label={t('mappingTable.constant')} />
      )}
    </>
  );
}
