import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/form/country-select';
import type { EventType } from '@cxc/shared/domain/events';
import type { VisitorInput } from '../lib/build-sample-event';
import { SAMPLE_EVENT_TYPES } from '@/lib/settings/sample-events';
import { useIssueText } from '@/lib/settings/use-issue-text';
import { useLabels } from '@/lib/settings/use-labels';
import { FieldError } from '@/components/form/field-error';

interface DryRunInputsProps {
  type: EventType;
  visitor: VisitorInput;
  errors: Partial<Record<keyof VisitorInput, string>>;
  onType: (type: EventType) => void;
  onVisitor: (visitor: VisitorInput) => void;
  onRun: () => void;
  pending: boolean;
}

const FIELDS = ['name', 'email', 'phone'] as const satisfies readonly (keyof VisitorInput)[];

/** The sample to test with: its event type and the visitor's name, e-mail and phone. */
export function DryRunInputs({
  type,
  visitor,
  errors,
  onType,
  onVisitor,
  onRun,
  pending,
}: DryRunInputsProps) {
  const { t } = useTranslation('dryRun');
  const labels = useLabels();
  const issueText = useIssueText();
  // These boxes sit inside the settings form: Enter runs the test instead of saving the settings.
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onRun();
  };
  return (
    <fieldset className="settings-fieldset">
      <legend className="settings-fieldset__legend">{t('dryRun.legend')}</legend>
      <div className="field-row">
        <div className="field">
          <label htmlFor="dry-run-type" className="field__label">
            {t('dryRun.eventType')}
          </label>
          <select
            id="dry-run-type"
            className="input"
            value={type}
            onChange={(event) =>
              onType(SAMPLE_EVENT_TYPES.find((item) => item === event.target.value) ?? type)
            }
          >
            {SAMPLE_EVENT_TYPES.map((item) => (
              <option key={item} value={item}>
                {labels.trigger(item)}
              </option>
            ))}
          </select>
        </div>
        {FIELDS.map((key) => {
          const error = issueText(errors[key]);
          return (
            <div key={key} className="field">
              <label htmlFor={`dry-run-${key}`} className="field__label">
                {t(`dryRun.${key}`)}
              </label>
              <input
                id={`dry-run-${key}`}
                className="input"
                type={key === 'email' ? 'email' : 'text'}
                value={visitor[key]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `dry-run-${key}-error` : undefined}
                onChange={(event) => onVisitor({ ...visitor, [key]: event.target.value })}
                onKeyDown={onEnter}
              />
              <FieldError id={`dry-run-${key}-error`} text={error} />
            </div>
          );
        })}
        <div className="field">
          <label htmlFor="dry-run-country" className="field__label">
            {t('dryRun.country')}
          </label>
          <CountrySelect
            id="dry-run-country"
            value={visitor.country}
            emptyLabel={t('dryRun.noCountry')}
            onChange={(country) => onVisitor({ ...visitor, country })}
          />
        </div>
      </div>
      <button
        type="button"
        className="button button--primary"
        aria-disabled={pending || undefined}
        onClick={() => (pending ? undefined : onRun())}
      >
        {pending ? t('dryRun.running') : t('dryRun.run')}
      </button>
    </fieldset>
  );
}
