import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { SOURCE_FIELDS } from '@cxc/shared/domain/source-fields';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useLabels } from '@/lib/settings/use-labels';
import { SelectField } from './select-field';

/**
 * A field of the conversation, from the catalogue of mappable sources, limited to what the channel's
 * events carry (every source when no channel is given) and named in the current language. A saved source outside that list (a variable, a
 * custom field, one the channel lacks) stays selectable so it is never silently replaced.
 */
export function SourceFieldSelect({
  channel,
  path,
  label,
}: {
  channel?: Channel;
  path: SettingsPath;
  label: string;
}) {
  const { t } = useTranslation('settings');
  const labels = useLabels();
  const { control } = useFormContext<IntegrationSettings>();
  const current: unknown = useWatch({ control, name: asName(path) });
  const options = SOURCE_FIELDS.filter((field) => !channel || field.channels.includes(channel)).map(
    (field) => ({
      value: field.path,
      label: labels.source(field.path),
    }),
  );
  if (typeof current === 'string' && current !== '' && !options.some((option) => option.value === current))
    options.push({ value: current, label: labels.source(current) });
  return <SelectField path={path} label={label} options={options} placeholder={t('common.choose')} />;
}
