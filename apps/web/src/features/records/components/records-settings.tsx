import { useTranslation } from 'react-i18next';
import { CHANNELS } from '@cxc/shared/domain/channels';
import { RadioGroup } from '@/components/form/radio-group';
import { useEditor } from '@/lib/settings/editor-context';
import { useLeadAssignmentRules } from '../api/list-lead-assignment-rules';
import { ChannelAutomation } from './channel-automation';
import { InternalNumbersFields } from './internal-numbers-fields';
import { LateDataFields } from './late-data-fields';

/** One record per real-world thing: own numbers, late call data, transfers, and Zoho's own automation. */
export function RecordsSettings() {
  const { t } = useTranslation('records');
  const { tenantId } = useEditor();
  const rules = useLeadAssignmentRules(tenantId);
  return (
    <div className="settings-stack">
      <p className="muted">{t('intro')}</p>
      <InternalNumbersFields />
      <LateDataFields />
      <RadioGroup
        path={['records', 'transferOwner']}
        legend={t('transferOwner.legend')}
        options={(['last_agent', 'first_agent'] as const).map((value) => ({
          value,
          label: t(`transferOwner.${value}`),
        }))}
      />
      <section className="settings-section" aria-labelledby="zoho-automation-heading">
        <h3 id="zoho-automation-heading" className="settings-section__title">
          {t('automation.heading')}
        </h3>
        <p className="muted">{t('automation.intro')}</p>
        {CHANNELS.map((channel) => (
          <ChannelAutomation key={channel} channel={channel} rules={rules.data?.rules} />
        ))}
      </section>
    </div>
  );
}
