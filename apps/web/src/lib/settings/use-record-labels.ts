import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { channelSchema } from '@cxc/shared/domain/channels';
import { zohoModuleSchema } from '@cxc/shared/domain/modules';

/**
 * The names of a channel and of a Zoho module in the current language: all the agent home's review
 * queue shows. Apart from `useLabels` so that screen does not load the rule, identification and owner
 * schemas the settings labels parse with. A code the console does not know is shown as itself.
 */
export function useRecordLabels() {
  const { t } = useTranslation('settings');
  return useMemo(
    () => ({
      channel: (value: string) => {
        const parsed = channelSchema.safeParse(value);
        return parsed.success ? t(`channelName.${parsed.data}`) : value;
      },
      module: (value: string) => {
        const parsed = zohoModuleSchema.safeParse(value);
        return parsed.success ? t(`module.${parsed.data}`) : value;
      },
    }),
    [t],
  );
}
