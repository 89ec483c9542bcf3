import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import { activityModuleSchema, personModuleSchema } from '@cxc/shared/domain/modules';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { useFieldError } from '@/lib/settings/use-field-error';
import { FieldError } from '@/components/form/field-error';
import { NestedErrors } from '@/components/form/nested-errors';
import { RadioGroup } from '@/components/form/radio-group';

/** What a visitor becomes (Lead or Contact) and what each conversation becomes (Task, Case, Call, Note). */
export function RecordTypes({ channel }: { channel: Channel }) {
  const { t } = useTranslation('channels');
  const { t: tEvents } = useTranslation('events');
  const { register } = useFormContext<IntegrationSettings>();
  const activities = useFieldError(['channels', channel, 'conversationAs']);
  const visitor = channel === 'calls' ? 'caller' : 'visitor';
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('recordTypes.legend')}</legend>
      <RadioGroup
        path={['channels', channel, 'visitorAs']}
        legend={t(`recordTypes.${visitor}As`)}
        options={personModuleSchema.options.map((module) => ({
          value: module,
          label: tEvents(`modules.${module}`),
        }))}
      />
      <fieldset
        id={activities.id}
        tabIndex={-1}
        className="settings-choice"
        aria-describedby={activities.text ? activities.errorId : undefined}
      >
        <legend className="settings-choice__legend">{t('recordTypes.conversationAs')}</legend>
        {activityModuleSchema.options.map((module) => (
          <div key={module} className="check">
            <input
              id={`${activities.id}-${module}`}
              type="checkbox"
              value={module}
              {...register(`channels.${channel}.conversationAs`)}
            />
            <label htmlFor={`${activities.id}-${module}`}>{tEvents(`modules.${module}`)}</label>
          </div>
        ))}
        <FieldError id={activities.errorId} text={activities.text} />
        <NestedErrors path={['channels', channel, 'conversationAs']} />
      </fieldset>
    </fieldset>
  );
}
