import type { PostEventResponse } from '@cxc/shared/api/events';
import { conversationEventSchema } from '@cxc/shared/domain/events';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { toIssues } from '../../errors/zod-issues.ts';
import { authenticateEvent, type SignedRequest } from './authenticate-event.ts';
import { storeEvent } from './store-event.ts';

/**
 * The whole intake: signature first (nothing unauthenticated is parsed), then JSON, then the event
 * schema with every problem listed, then one insert. The caller answers 202 only after this resolves.
 */
export async function acceptEvent(
  deps: Pick<AppDeps, 'pool' | 'secretBox'>,
  request: SignedRequest,
): Promise<PostEventResponse> {
  const tenantId = await authenticateEvent(deps, request);
  let json: unknown;
  try {
    json = JSON.parse(request.rawBody);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The request body is not valid JSON.');
  }
  const parsed = conversationEventSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'The event is not valid.', toIssues(parsed.error));
  const { duplicate } = await storeEvent(deps.pool, tenantId, parsed.data);
  return { accepted: true, eventId: parsed.data.id, duplicate };
}
