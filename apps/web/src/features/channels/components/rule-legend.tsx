import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';

/** "Rule 2: Missed calls", following the name as it is typed (only this line re-renders). */
export function RuleLegend({ channel, index }: { channel: Channel; index: number }) {
  const { t } = useTranslation('channels');
  const { control } = useFormContext<IntegrationSettings>();
  const name = useWatch({ control, name: `channels.${channel}.rules.${index}.name` });
  return (
    <legend className="row-card__legend">{t('ruleList.legend', { n: index + 1, name: name || '—' })}</legend>
  );
}
