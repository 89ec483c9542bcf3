import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { TargetModule } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { mandatoryGaps } from '@cxc/shared/domain/type-checks';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';

/** Zoho's mandatory fields of a module this channel creates records in, that no row fills for sure. */
export function MandatoryGaps({
  channel,
  module,
  fields,
}: {
  channel: Channel;
  module: TargetModule;
  fields: readonly ZohoField[];
}) {
  const { t } = useTranslation('fieldMapping');
  const { control } = useFormContext<IntegrationSettings>();
  const rows = useWatch({ control, name: `channels.${channel}.mapping.${module}` }) ?? [];
  const gaps = mandatoryGaps(module, rows, fields);
  if (gaps.length === 0) return null;
  const label = (apiName: string) =>
    fields.find((field) => field.api_name === apiName)?.field_label ?? apiName;
  return (
    <ul className="mandatory-gaps">
      {gaps.map((gap) => (
        <li key={gap.field} className={gap.level === 'error' ? 'settings-error' : 'settings-warning'}>
          {t(`mandatory.${gap.code}`, { field: label(gap.field), apiName: gap.field })}
        </li>
      ))}
    </ul>
  );
}
