import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { errorMessageKey } from '@/components/errors/error-message';
import { PreflightProblemItem } from './preflight-problem-item';
import type { PreflightState } from './use-preflight';

/**
 * Preflight of the form as it is now, against the org's live metadata: every problem that would make
 * automatic mode fail, each leading to the field it is about. Run on demand and before saving
 * automatic mode.
 */
export function PreflightPanel({ preflight }: { preflight: PreflightState }) {
  const { t } = useTranslation('settings');
  const tApp = useTranslation().t;
  const { control } = useFormContext<IntegrationSettings>();
  const values = useWatch({ control });
  const { last, isPending, error, invalidForm } = preflight;
  const stale = last !== null && last.checked !== JSON.stringify(values);
  const problems = last?.result.problems ?? [];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  // Notes (checks that could not run) are listed but are neither errors nor warnings.
  const warnings = problems.filter((problem) => problem.severity === 'warning').length;
  return (
    <section className="preflight" aria-labelledby="preflight-heading">
      <h2 id="preflight-heading" className="preflight__title">
        {t('preflightPanel.heading')}
      </h2>
      <p className="muted">{t('preflightPanel.intro')}</p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isPending || undefined}
        onClick={() => (isPending ? undefined : void preflight.run().catch(() => undefined))}
      >
        {isPending ? t('preflightPanel.running') : t('preflightPanel.run')}
      </button>
      <div role="status" className="preflight__status">
        {invalidForm ? <p className="settings-error">{t('preflightPanel.invalidForm')}</p> : null}
        {error ? (
          <p className="settings-error">
            {t('preflightPanel.failed', { reason: tApp(errorMessageKey(error)) })}
          </p>
        ) : null}
        {last && !isPending ? (
          <p className={last.result.ready ? 'preflight__ready' : 'settings-error'}>
            {last.result.ready
              ? t('preflightPanel.ready', { warnings })
              : t('preflightPanel.notReady', { errors, warnings })}
          </p>
        ) : null}
        {stale ? <p className="settings-warning">{t('preflightPanel.stale')}</p> : null}
      </div>
      {problems.length > 0 ? (
        <ul className="preflight__list">
          {problems.map((problem, index) => (
            <PreflightProblemItem
              key={`${problem.code}-${problem.path.join('.')}-${index}`}
              problem={problem}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
