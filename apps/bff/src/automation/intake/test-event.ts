import type { ConversationEventInput, EventType } from '@cxc/shared/domain/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { SAMPLE_FILES } from './sample-files.ts';
import type { TestVisitor } from './test-visitor.ts';

const sampleAttachments = (conversation: object): { name: string; contentType: string; size: number }[] =>
  'attachments' in conversation && Array.isArray(conversation.attachments)
    ? (conversation.attachments as { name: string; contentType: string; size: number }[])
    : [];

/**
 * The sample event of `type` as this run's: its own ids and time, and this run's synthetic visitor in
 * every place the sample named its visitor (the envelope, the transcript, the caller), so nothing of
 * the shared sample (whose visitor may well exist in a real org) reaches Zoho.
 */
export function testEvent(
  type: EventType,
  ids: { eventId: string; conversationId: string },
  visitor: TestVisitor,
  publicUrl: string,
): ConversationEventInput {
  const sample = SAMPLE_EVENTS[type];
  // The sample's file links point at this BFF's own sample files, so the attachments really arrive in Zoho.
  const sampleFile = (name: string) => `${publicUrl}/samples/${name}`;
  const transcript = sample.conversation.transcript.map((entry) =>
    entry.from === 'visitor' ? { ...entry, authorName: visitor.name } : entry,
  );
  return {
    ...sample,
    id: ids.eventId,
    occurredAt: new Date().toISOString(),
    visitor: { ...visitor },
    conversation: {
      ...sample.conversation,
      id: ids.conversationId,
      transcript,
      attachments: sampleAttachments(sample.conversation).map((a) => ({
        ...a,
        url: sampleFile('brief.pdf'),
        size: SAMPLE_FILES['brief.pdf']?.data.length ?? a.size,
      })),
    },
    ...('call' in sample
      ? {
          call: {
            ...sample.call,
            caller: visitor.phone,
            ...('recordingUrl' in sample.call && sample.call.recordingUrl
              ? { recordingUrl: sampleFile('call-recording.wav') }
              : {}),
          },
        }
      : {}),
  } as ConversationEventInput;
}
