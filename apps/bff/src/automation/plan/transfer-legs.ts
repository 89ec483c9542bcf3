import type { CallEndedEvent, ConversationEvent } from '@cxc/shared/domain/events';
import type { RecordSettings } from '@cxc/shared/domain/settings-records';

const isLegOf =
  (parent: string) =>
  (e: ConversationEvent): e is CallEndedEvent =>
    e.type === 'call.ended' && e.call.parentCallId === parent;

const endOf = (e: CallEndedEvent) => Date.parse(e.conversation.endedAt ?? e.occurredAt);
const startOf = (e: CallEndedEvent) => Date.parse(e.conversation.startedAt);
/** The PBX's leg number when it sends one, else the time the leg started. */
const firstOrder = (a: CallEndedEvent, b: CallEndedEvent) =>
  (a.call.leg ?? Infinity) - (b.call.leg ?? Infinity) || startOf(a) - startOf(b);

/**
 * The legs of one transferred call as one call: from the first leg's start to the last leg's end, the
 * talk time of all legs, every leg's transcript in order, and the agent the admin chose (the one who
 * ended it, or the first). Legs arrive in any order; each arrival merges all legs seen so far, so the
 * one Call record converges on the same values whatever the order.
 */
export function mergeTransferLegs(
  event: CallEndedEvent,
  history: readonly ConversationEvent[],
  owner: RecordSettings['transferOwner'],
): CallEndedEvent {
  const parent = event.call.parentCallId;
  if (!parent) return event;
  const legs = [...history.filter(isLegOf(parent)).filter((e) => e.id !== event.id), event];
  if (legs.length === 1) return event;
  const byStart = [...legs].sort(firstOrder);
  const first = byStart[0] as CallEndedEvent;
  const last = [...legs].sort((a, b) => endOf(b) - endOf(a) || firstOrder(b, a))[0] as CallEndedEvent;
  const chosen = owner === 'first_agent' ? first : last;
  const agentEmail = chosen.agent?.email ?? chosen.call.agentEmail;
  const answered = legs.some((l) => l.call.status === 'answered');
  return {
    ...first,
    id: event.id,
    occurredAt: event.occurredAt,
    conversation: {
      ...first.conversation,
      id: parent,
      endedAt: last.conversation.endedAt ?? last.occurredAt,
      transcript: byStart.flatMap((l) => l.conversation.transcript),
      // Only this leg's files: the earlier legs' are on the record already.
      attachments: event.conversation.attachments,
    },
    ...(chosen.agent ? { agent: chosen.agent } : {}),
    call: {
      ...(({ recordingUrl: _, ...rest }) => rest)(first.call),
      ...(event.call.recordingUrl ? { recordingUrl: event.call.recordingUrl } : {}),
      status: answered ? 'answered' : first.call.status,
      durationSeconds: legs.reduce((sum, l) => sum + l.call.durationSeconds, 0),
      ...(agentEmail ? { agentEmail } : {}),
    },
  };
}
