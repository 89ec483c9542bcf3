import { useTranslation } from 'react-i18next';
import type { EventStatus } from '@cxc/shared/api/activity';
import { Badge, type BadgeTone } from '@/components/ui/badge';

const TONE: Record<EventStatus, BadgeTone> = {
  queued: 'neutral',
  processing: 'info',
  done: 'success',
  retrying: 'warning',
  failed: 'danger',
  skipped: 'neutral',
  waiting_reconnect: 'warning',
};

/** The status in words; the colour only repeats it. */
export function StatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation('activity');
  return <Badge tone={TONE[status]}>{t(`status.${status}`)}</Badge>;
}
