import { useTranslation } from 'react-i18next';
import type { DryRunPlan } from '../api/dry-run';
import { loose } from '@/lib/settings/dynamic-t';
import { useUserLabel } from '@/lib/settings/use-user-label';

/** Who would own the new records, and each step of the owner resolution that led there. */
export function PlanOwner({ owner }: { owner: DryRunPlan['owner'] }) {
  const { t, i18n } = useTranslation('dryRun');
  const userLabel = useUserLabel();
  if (!owner) return null;
  const known = (key: string) => i18n.exists(key, { ns: 'dryRun' });
  const word = (group: string, code: string) =>
    known(`${group}.${code}`) ? loose(t)(`${group}.${code}`) : code;
  return (
    <div className="plan__part">
      <h4 className="plan__subtitle">{t('plan.owner')}</h4>
      <p>
        {owner.ownerId ? userLabel(owner.ownerId) : t('plan.connectedUser')}{' '}
        <span className="muted">({word('ownerSource', owner.source)})</span>
      </p>
      <ol className="plan__list">
        {owner.steps.map((step, index) => (
          <li key={index}>
            {word('ownerCheck', step.check)}: {word('ownerOutcome', step.outcome)}
            {step.detail ? (
              // A user id reads as the user; an e-mail or another detail as it is.
              <span className="plan__ids" title={step.detail}>
                {' '}
                {userLabel(step.detail)}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
