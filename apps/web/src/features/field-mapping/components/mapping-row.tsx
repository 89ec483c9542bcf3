import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { TargetModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { asName } from '@/lib/settings/editor-context';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';
import { MappingChecks } from './mapping-checks';
import { RowActions } from '@/components/form/row-actions';
import { SourceInput } from './source-input';
import { TextField } from '@/components/form/text-field';
import { ZohoFieldInput } from './zoho-field-input';

interface MappingRowProps {
  channel: Channel;
  module: TargetModule;
  index: number;
  fields: readonly ZohoField[] | undefined;
  onRemove: (index: number) => void;
}

/** One Zoho field and what fills it; every error of the row shows here, on the control it names. */
export function MappingRow({ channel, module, index, fields, onRemove }: MappingRowProps) {
  const { t } = useTranslation('fieldMapping');
  const path = ['channels', channel, 'mapping', module, index] as const;
  const row = useFieldError(path);
  const item = t('mappingTable.item', { n: index + 1 });
  const { control } = useFormContext<IntegrationSettings>();
  const zohoField: unknown = useWatch({ control, name: asName([...path, 'zohoField']) });
  const field = fields?.find((candidate) => candidate.api_name === zohoField);
  return (
    <fieldset id={row.id} tabIndex={-1} className="row-card mapping-row">
      <legend className="row-card__legend">{t('mappingTable.rowLegend', { n: index + 1 })}</legend>
      <FieldError id={row.errorId} text={row.text} />
      <div className="field-row">
        <ZohoFieldInput module={module} path={[...path, 'zohoField']} fields={fields} />
        {/* Each check sits under the control it is about: a picklist's value under the value, not under the fallback. */}
        <div className="mapping-row__part">
          <SourceInput channel={channel} path={[...path, 'source']} field={field} />
          <MappingChecks module={module} path={path} fields={fields} part="source" />
        </div>
        <div className="mapping-row__part">
          <TextField path={[...path, 'fallback']} label={t('mappingTable.fallback')} optional />
          <MappingChecks module={module} path={path} fields={fields} part="fallback" />
        </div>
      </div>
      <RowActions idBase={fieldId(path)} index={index} count={1} item={item} onRemove={onRemove} />
    </fieldset>
  );
}
