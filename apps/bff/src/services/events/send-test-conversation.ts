import { randomUUID } from 'node:crypto';
import type { Channel } from '@cxc/shared/domain/channels';
import type { EventType } from '@cxc/shared/domain/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { SAMPLE_FILES } from '../../routes/samples/sample-files.ts';
import { acceptEvent } from './accept-event.ts';
import { signEvent } from './sign-event.ts';
import { selectValidSecrets, signingSecretContext } from './signing-secret-store.ts';

const sampleAttachments = (conversation: object): { name: string; contentType: string; size: number }[] =>
  'attachments' in conversation && Array.isArray(conversation.attachments)
    ? (conversation.attachments as { name: string; contentType: string; size: number }[])
    : [];

/**
 * A sample event with fresh ids, signed with the tenant's current secret and handed to the same
 * intake the platform uses (signature check included), so what happens next is exactly automatic mode.
 */
export async function sendTestConversation(
  deps: Pick<AppDeps, 'pool' | 'secretBox' | 'config'>,
  tenantId: string,
  type: EventType,
): Promise<{ eventId: string; conversationId: string; channel: Channel }> {
  const current = (await selectValidSecrets(deps.pool, tenantId)).find((secret) => secret.expiresAt === null);
  if (!current) throw new AppError('CONFLICT', 'Create the event signing secret first (Sending events).');
  const sample = SAMPLE_EVENTS[type];
  const suffix = randomUUID();
  // The sample's file links point at this BFF's own sample files, so the attachments really arrive in Zoho.
  const sampleFile = (name: string) => `${deps.config.publicUrl}/samples/${name}`;
  const event = {
    ...sample,
    id: `test-${suffix}`,
    occurredAt: new Date().toISOString(),
    conversation: {
      ...sample.conversation,
      id: `test-conv-${suffix}`,
      attachments: sampleAttachments(sample.conversation).map((a) => ({
        ...a,
        url: sampleFile('brief.pdf'),
        size: SAMPLE_FILES['brief.pdf']?.data.length ?? a.size,
      })),
    },
    ...('call' in sample && sample.call.recordingUrl
      ? { call: { ...sample.call, recordingUrl: sampleFile('call-recording.wav') } }
      : {}),
  };
  const rawBody = JSON.stringify(event);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const secret = deps.secretBox.decrypt(current.sealed, signingSecretContext(tenantId));
  await acceptEvent(deps, { tenantId, timestamp, signature: signEvent(secret, timestamp, rawBody), rawBody });
  return { eventId: event.id, conversationId: event.conversation.id, channel: event.conversation.channel };
}
