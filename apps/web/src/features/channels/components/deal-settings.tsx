import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { findField } from '@cxc/shared/domain/zoho-fields';
import { useFieldError } from '@/lib/settings/use-field-error';
import { useModuleFields } from '@/lib/settings/use-module-fields';
import { FieldError } from '@/components/form/field-error';
import { ModuleFieldsStatus } from '@/components/form/module-fields-status';
import { PicklistField } from '@/components/form/picklist-field';

/** An optional Deal for a person this conversation creates, in the org's own pipeline and stage. */
export function DealSettings({ channel }: { channel: Channel }) {
  const { t } = useTranslation('channels');
  const { register, control } = useFormContext<IntegrationSettings>();
  const enabled = useWatch({ control, name: `channels.${channel}.createDeal.enabled` });
  const deals = useModuleFields('Deals');
  const toggle = useFieldError(['channels', channel, 'createDeal', 'enabled']);
  const person = channel === 'calls' ? 'caller' : 'visitor';
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('deal.legend')}</legend>
      <div className="check">
        <input
          type="checkbox"
          {...toggle.controlProps}
          {...register(`channels.${channel}.createDeal.enabled`)}
        />
        <label htmlFor={toggle.id}>{t(`deal.enabled_${person}`)}</label>
        <FieldError id={toggle.errorId} text={toggle.text} />
      </div>
      {enabled ? (
        <div className="field-row">
          <ModuleFieldsStatus module="Deals" state={deals} />
          <PicklistField
            path={['channels', channel, 'createDeal', 'pipeline']}
            label={t('deal.pipeline')}
            field={findField(deals.fields, 'Pipeline')}
          />
          <PicklistField
            path={['channels', channel, 'createDeal', 'stage']}
            label={t('deal.stage')}
            field={findField(deals.fields, 'Stage')}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
