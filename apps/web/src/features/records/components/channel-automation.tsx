import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import type { Channel } from '@cxc/shared/domain/channels';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import { OptionalSelectField } from '@/components/form/optional-select-field';
import type { LeadAssignmentRule } from '@cxc/shared/api/zoho-automation';
import { TriggerChecks } from './trigger-checks';

interface ChannelAutomationProps {
  channel: Channel;
  /** The org's Lead assignment rules; undefined while loading or when Zoho could not list them. */
  rules: readonly LeadAssignmentRule[] | undefined;
}

/** For each module the channel writes: which automations run, and for new Leads, who assigns the owner. */
export function ChannelAutomation({ channel, rules }: ChannelAutomationProps) {
  const { t } = useTranslation(['records', 'settings']);
  const visitorAs: unknown = useWatch({ name: `channels.${channel}.visitorAs` });
  const conversationAs: unknown = useWatch({ name: `channels.${channel}.conversationAs` });
  const activities: unknown[] = Array.isArray(conversationAs) ? (conversationAs as unknown[]) : [];
  const modules = [...new Set([visitorAs, ...activities])].filter(
    (m): m is ZohoModule => typeof m === 'string',
  );
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t(`settings:channelName.${channel}`)}</legend>
      {modules.map((module) => {
        const path = ['records', 'zohoAutomation', channel, module] as const;
        const label = t(`settings:module.${module}`);
        return (
          <div key={module} className="field-row">
            <TriggerChecks path={[...path, 'triggers']} legend={t('automation.runsFor', { module: label })} />
            {module === 'Leads' ? (
              <OptionalSelectField
                path={[...path, 'leadAssignmentRuleId']}
                label={t('automation.assignment')}
                hint={rules ? undefined : t('automation.rulesUnavailable')}
                unsetLabel={t('automation.assignmentNone')}
                options={(rules ?? []).map((r) => ({ value: r.id, label: r.name }))}
              />
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
