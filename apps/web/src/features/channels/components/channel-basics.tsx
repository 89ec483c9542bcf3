import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import { channelModeSchema } from '@cxc/shared/domain/channel-settings';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { fieldId } from '@/lib/settings/field-path';
import { useLabels } from '@/lib/settings/use-labels';
import { RadioGroup } from '@/components/form/radio-group';

/** Whether the channel is recorded at all, and whether records are written automatically. */
export function ChannelBasics({ channel }: { channel: Channel }) {
  const { t } = useTranslation(['channels', 'settings']);
  const labels = useLabels();
  const { register } = useFormContext<IntegrationSettings>();
  const enabledPath = ['channels', channel, 'enabled'] as const;
  const name = labels.channel(channel);
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('channelBasics.legend', { channel: name })}</legend>
      <div className="check">
        <input id={fieldId(enabledPath)} type="checkbox" {...register(`channels.${channel}.enabled`)} />
        <label htmlFor={fieldId(enabledPath)}>{t('channelBasics.enabled', { channel: name })}</label>
      </div>
      <RadioGroup
        path={['channels', channel, 'mode']}
        legend={t('channelBasics.mode')}
        options={channelModeSchema.options.map((mode) => ({
          value: mode,
          label: t(`settings:mode.${mode}`),
          hint: t(`modeHint.${mode}`),
        }))}
      />
    </fieldset>
  );
}
