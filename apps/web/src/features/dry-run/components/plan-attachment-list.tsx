import { useTranslation } from 'react-i18next';
import type { DryRunPlan } from '../api/dry-run';

type Attachments = NonNullable<DryRunPlan['operations'][number]['attachments']>;

/** The files a step attaches to its record, each as the file itself or as a link. */
export function PlanAttachmentList({ attachments }: { attachments: Attachments | undefined }) {
  const { t } = useTranslation('dryRun');
  if (!attachments?.length) return null;
  return (
    <>
      <p className="plan__subtitle">{t('plan.attachments')}</p>
      <ul className="plan__list">
        {attachments.map((a, index) => (
          <li key={index}>
            {t(a.as === 'file' ? 'plan.attachmentFile' : 'plan.attachmentLink', { name: a.name })}
          </li>
        ))}
      </ul>
    </>
  );
}
