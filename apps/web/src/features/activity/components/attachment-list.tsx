import { useTranslation } from 'react-i18next';
import type { ActivityAttachment } from '@cxc/shared/api/activity';
import { Badge } from '@/components/ui/badge';
import { zohoModuleSchema } from '@cxc/shared/domain/modules';

const TONE = { pending: 'neutral', done: 'success', failed: 'danger' } as const;
const REASONS = [
  'linked_too_large',
  'download_not_found',
  'download_refused',
  'download_private_host',
  'download_unknown_host',
  'download_timeout',
  'download_unreachable',
  'download_server_error',
  'download_too_many_redirects',
  'download_bad_url',
] as const;
type Reason = (typeof REASONS)[number];
const isReason = (code: string): code is Reason => (REASONS as readonly string[]).includes(code);

/** Each file or recording the event attaches in Zoho: done, failed (and why), or still pending. */
export function AttachmentList({ attachments }: { attachments: readonly ActivityAttachment[] }) {
  const { t } = useTranslation('activity');
  const { t: tEvents } = useTranslation('events');
  if (attachments.length === 0) return null;
  const moduleLabel = (module: string) => {
    const known = zohoModuleSchema.safeParse(module);
    return known.success ? tEvents(`modules.${known.data}`) : module;
  };
  const reason = (r: NonNullable<ActivityAttachment['reason']>) => {
    if (isReason(r.code)) return t(`attachments.reason.${r.code}`);
    // Zoho's own codes are upper case: name it in the reader's language; anything else as the server said.
    return /^[A-Z_]+$/.test(r.code) ? t('attachments.reason.zoho', { code: r.code }) : r.message;
  };
  return (
    <div className="subsection">
      <h4 className="subsection__title">{t('attachments.title')}</h4>
      <ul className="activity-list">
        {attachments.map((a) => (
          <li key={`${a.step}-${a.index}`}>
            <span className="muted">
              {t('attachments.where', { step: a.step, module: moduleLabel(a.module) })}
            </span>{' '}
            {a.name} <Badge tone={TONE[a.status]}>{t(`attachments.status.${a.status}`)}</Badge>
            {a.status === 'done' ? (
              <span className="muted">
                {' '}
                {t(a.sentAs === 'link' ? 'attachments.asLink' : 'attachments.asFile')}
              </span>
            ) : null}
            {a.reason ? <p className="muted">{reason(a.reason)}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
