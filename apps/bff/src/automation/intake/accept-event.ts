import type { PostEventResponse } from '@cxc/shared/api/events';
import { conversationEventSchema } from '@cxc/shared/domain/events';
import type { AppDeps } from '../../app-deps.ts';
import type { Queryable } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { toIssues } from '../../errors/zod-issues.ts';
import { cleanInput } from '../../text/clean-input.ts';
import { authenticateEvent, type SignedRequest } from './authenticate-event.ts';
import { EventRateLimitedError } from './event-rate-limited-error.ts';
import { storeEvent } from '../store/store-event.ts';
import { takeEventToken } from './take-event-token.ts';

/**
 * The verified bytes as JSON, with the edge's one text rule applied (NUL removed, lone surrogates replaced),
 * so an event PostgreSQL could not store as sent is stored, never lost. Invalid UTF-8 decodes to U+FFFD.
 */
function parseBody(rawBody: Uint8Array | string): unknown {
  const text = typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The request body is not valid JSON.');
  }
  return cleanInput(json, 'body');
}

/**
 * The whole intake: signature first (nothing unauthenticated is parsed or counted, so a forged flood
 * cannot spend a tenant's budget), then the tenant's rate limit, then JSON, then the event schema with
 * every problem listed, then one insert. The caller answers 202 only after this resolves.
 */
export async function acceptEvent(
  deps: Pick<AppDeps, 'pool' | 'secretBox' | 'config'>,
  request: SignedRequest,
  /** Only the console's test conversation sets these: never the platform's request. */
  options: { test?: boolean; db?: Queryable } = {},
): Promise<PostEventResponse> {
  const tenantId = await authenticateEvent(deps, request);
  const token = await takeEventToken(deps.pool, tenantId, deps.config.eventsRateLimitPerMinute);
  if (!token.allowed) throw new EventRateLimitedError(token.retryAfterSeconds);
  const parsed = conversationEventSchema.safeParse(parseBody(request.rawBody));
  if (!parsed.success)
    throw new AppError('VALIDATION_FAILED', 'The event is not valid.', toIssues(parsed.error));
  const { duplicate } = await storeEvent(options.db ?? deps.pool, tenantId, parsed.data, {
    test: options.test ?? false,
  });
  return { accepted: true, eventId: parsed.data.id, duplicate };
}
