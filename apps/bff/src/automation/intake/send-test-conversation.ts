import { randomUUID } from 'node:crypto';
import type { SendTestConversationResponse } from '@cxc/shared/api/events';
import type { EventType } from '@cxc/shared/domain/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import type { AppDeps } from '../../app-deps.ts';
import { inTransaction } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { acceptEvent } from './accept-event.ts';
import { signEvent } from './sign-event.ts';
import { selectValidSecrets, signingSecretContext } from './signing-secret-store.ts';
import { claimTestRequest, forgetOldTestRequests } from './test-conversation-requests.ts';
import { testEvent } from './test-event.ts';
import { newTestVisitor } from './test-visitor.ts';

/**
 * A sample event with fresh ids and this run's synthetic visitor, signed with the tenant's current
 * secret and handed to the same intake the platform uses (signature check included), stored as a test:
 * the engine then creates new, marked records and never touches an existing one.
 *
 * Once per request id: the claim and the event commit together, so a double-click or a retried request
 * (on any BFF instance) answers with the first event instead of sending a second.
 */
export async function sendTestConversation(
  deps: Pick<AppDeps, 'pool' | 'secretBox' | 'config'>,
  tenantId: string,
  input: { type: EventType; requestId: string },
): Promise<SendTestConversationResponse> {
  const current = (await selectValidSecrets(deps.pool, tenantId)).find((secret) => secret.expiresAt === null);
  if (!current) throw new AppError('CONFLICT', 'Create the event signing secret first (Sending events).');
  const suffix = randomUUID();
  const ids = {
    eventId: `test-${suffix}`,
    conversationId: `test-conv-${suffix}`,
    channel: SAMPLE_EVENTS[input.type].conversation.channel,
  };
  return inTransaction(deps.pool, async (db) => {
    const claim = await claimTestRequest(db, tenantId, input.requestId, input.type, ids);
    if (!claim.claimed) {
      if (claim.type !== input.type)
        throw new AppError('CONFLICT', 'This request id was already used for another sample event.');
      return { ...claim.result, repeated: true };
    }
    await forgetOldTestRequests(db, tenantId);
    const visitor = await newTestVisitor(db);
    const rawBody = JSON.stringify(testEvent(input.type, ids, visitor, deps.config.publicUrl));
    const timestamp = String(Math.floor(Date.now() / 1000));
    const secret = deps.secretBox.decrypt(current.sealed, signingSecretContext(tenantId));
    const request = { tenantId, timestamp, signature: signEvent(secret, timestamp, rawBody), rawBody };
    await acceptEvent(deps, request, { test: true, db });
    return { ...ids, repeated: false };
  });
}
