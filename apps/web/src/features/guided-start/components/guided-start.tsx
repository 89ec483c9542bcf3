import { useTranslation } from 'react-i18next';
import { Link } from '@/lib/router';
import './guided-start.css';
import type { GuidedStep } from '../schemas/guided-steps';

/**
 * The Zoho CRM page's guided start: what a new tenant does, in order, from connecting to a first test
 * conversation, each step done or not from the tenant's real state and linked to where it is done.
 * The page composes the state (it reads several features); this only shows it.
 */
export function GuidedStart({ steps }: { steps: readonly GuidedStep[] }) {
  const { t } = useTranslation('guidedStart');
  const done = steps.filter((step) => step.state === 'done').length;
  return (
    <div className="guided-start">
      <p className="guided-start__progress" id="guided-start-progress">
        {done === steps.length ? t('allDone') : t('progress', { done, total: steps.length })}
      </p>
      <ol className="guided-start__steps" aria-describedby="guided-start-progress">
        {steps.map((step) => (
          <li key={step.key} className="guided-start__step" data-state={step.state}>
            <span className="guided-start__mark" aria-hidden="true">
              {step.state === 'done' ? '✓' : step.state === 'checking' ? '…' : ''}
            </span>
            <div className="guided-start__body">
              <p className="guided-start__title">
                <span className="sr-only">{t(`state.${step.state}`)}: </span>
                {t(`steps.${step.key}.title`)}
              </p>
              <p className="guided-start__text">
                {t(`steps.${step.key}.${step.state === 'done' ? 'done' : 'todo'}`)}
              </p>
              <Link className="guided-start__link" to={step.href}>
                {t(`steps.${step.key}.link`)}
              </Link>
            </div>
            <span
              className={`badge badge--${step.state === 'done' ? 'success' : 'neutral'}`}
              aria-hidden="true"
            >
              {t(`state.${step.state}`)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
