import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import {
  attachmentModeSchema,
  attachmentTargetSchema,
  ZOHO_ATTACHMENT_MAX_BYTES,
} from '@cxc/shared/domain/settings-attachments';
import { SelectField } from '@/components/form/select-field';

const LIMIT_MB = ZOHO_ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** What the channel does with the conversation's files and, for calls, the recording. */
export function AttachmentSettings({ channel }: { channel: Channel }) {
  const { t } = useTranslation('channels');
  const person = channel === 'calls' ? 'caller' : 'visitor';
  const modes = attachmentModeSchema.options.map((mode) => ({
    value: mode,
    label: t(`attachments.modeOption.${mode}`),
  }));
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('attachments.legend')}</legend>
      <p className="muted">{t('attachments.hint', { limit: LIMIT_MB })}</p>
      <div className="field-row">
        <SelectField
          path={['channels', channel, 'attachments', 'mode']}
          label={t('attachments.mode')}
          options={modes}
        />
        {channel === 'calls' ? (
          <SelectField
            path={['channels', channel, 'attachments', 'recording']}
            label={t('attachments.recording')}
            options={modes}
          />
        ) : null}
        <SelectField
          path={['channels', channel, 'attachments', 'attachTo']}
          label={t('attachments.attachTo')}
          options={attachmentTargetSchema.options.map((target) => ({
            value: target,
            label: t(`attachments.attachToOption.${target}_${person}`),
          }))}
        />
      </div>
    </fieldset>
  );
}
