import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { CheckboxField } from '@/components/form/checkbox-field';
import { ListInput } from '@/components/form/list-input';
import { TextField } from '@/components/form/text-field';
import { DispositionTarget } from './disposition-target';
import { DispositionValues } from './disposition-values';

const base = ['records', 'lateData'] as const;
const disposition = [...base, 'disposition'] as const;

/** Recording, transcript, disposition and summary that arrive after the call: where each goes. */
export function LateDataFields() {
  const { t } = useTranslation('records');
  const followUp: unknown = useWatch({ name: 'records.lateData.disposition.followUpTask.enabled' });
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('late.legend')}</legend>
      <p className="muted">{t('late.intro')}</p>
      <div className="field-row">
        <TextField
          path={[...base, 'holdMinutes']}
          label={t('late.holdMinutes')}
          hint={t('late.holdMinutesHint')}
          type="number"
        />
        <TextField path={[...base, 'transcriptField']} label={t('late.transcriptField')} />
        <TextField path={[...base, 'summaryField']} label={t('late.summaryField')} />
      </div>
      <DispositionTarget />
      <DispositionValues />
      <CheckboxField path={[...disposition, 'followUpTask', 'enabled']} label={t('late.followUp')} />
      {followUp === true ? (
        <div className="field-row">
          <ListInput
            path={[...disposition, 'followUpTask', 'codes']}
            label={t('late.followUpCodes')}
            hint={t('late.followUpCodesHint')}
          />
          <TextField
            path={[...disposition, 'followUpTask', 'dueInDays']}
            label={t('late.followUpDays')}
            type="number"
          />
        </div>
      ) : null}
    </fieldset>
  );
}
