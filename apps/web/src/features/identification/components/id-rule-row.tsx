import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IdentityModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { fieldId } from '@/lib/settings/field-path';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useModuleFields } from '@/lib/settings/use-module-fields';
import { FieldError } from '@/components/form/field-error';
import { RowActions } from '@/components/form/row-actions';
import { SourceFieldSelect } from '@/components/form/source-field-select';
import { TextField } from '@/components/form/text-field';

interface IdRuleRowProps {
  module: IdentityModule;
  index: number;
  count: number;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** One identification rule; "custom field equals" also names the Zoho field and the value it is compared with. */
export function IdRuleRow({ module, index, count, onMove, onRemove }: IdRuleRowProps) {
  const { t } = useTranslation(['identification', 'settings']);
  const { control } = useFormContext<IntegrationSettings>();
  const path = ['identification', 'rules', module, index] as const;
  const rule = useWatch({ control, name: `identification.rules.${module}.${index}` });
  const row = useFieldError(path);
  const kindError = useFieldError([...path, 'kind']);
  const { fields } = useModuleFields(module);
  if (!rule) return null;
  const kind = t(`settings:idRuleKind.${rule.kind}`);
  const fieldNames = fields?.filter((field) => field.custom_field).map((field) => field.api_name) ?? [];
  return (
    <fieldset id={row.id} tabIndex={-1} className="row-card">
      <legend className="row-card__legend">{t('idRules.legend', { n: index + 1, kind })}</legend>
      <p className="muted">{t(`idRuleHint.${rule.kind}`)}</p>
      <FieldError id={row.errorId} text={row.text} />
      <FieldError id={kindError.errorId} text={kindError.text} />
      {rule.kind === 'custom_field' ? (
        <div className="field-row">
          <TextField
            path={[...path, 'zohoField']}
            label={t('idRules.zohoField')}
            hint={
              fieldNames.length ? t('idRules.customFields', { fields: fieldNames.join(', ') }) : undefined
            }
          />
          <SourceFieldSelect path={[...path, 'source']} label={t('idRules.source')} />
        </div>
      ) : null}
      <RowActions
        idBase={fieldId(path)}
        index={index}
        count={count}
        item={t('idRules.item', { n: index + 1, kind })}
        onMove={onMove}
        onRemove={onRemove}
      />
    </fieldset>
  );
}
