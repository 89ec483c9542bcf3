import {
  EVENT_HEADERS,
  MAX_EVENT_BYTES,
  postEventResponseSchema,
  SIGNATURE_TOLERANCE_SECONDS,
} from '@cxc/shared/api/events';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { conversationEventSchema } from '@cxc/shared/domain/events';
import { z } from 'zod';

const schema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { target: 'draft-2020-12', io });
const header = (name: string, description: string) => ({
  name,
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description,
});
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
});

let cached: Record<string, unknown> | undefined;

/** OpenAPI 3.1 for the platform's side of the API: the event intake, schemas straight from the zod contract. */
export function openApiDocument(): Record<string, unknown> {
  cached ??= {
    openapi: '3.1.0',
    info: { title: 'CX Connector event intake', version: '1' },
    paths: {
      '/api/events': {
        post: {
          summary: 'Send one conversation event',
          description: `Sign \`\${timestamp}.\${rawBody}\` with HMAC-SHA256 and the tenant's signing secret. The timestamp (Unix seconds) must be within ${SIGNATURE_TOLERANCE_SECONDS} s of the server's clock. Body at most ${MAX_EVENT_BYTES} bytes. The same event id twice is accepted once.`,
          parameters: [
            header(EVENT_HEADERS.tenant, 'The tenant id.'),
            header(EVENT_HEADERS.timestamp, 'Unix time in seconds.'),
            header(
              EVENT_HEADERS.signature,
              '`v1=` + hex HMAC-SHA256; several comma-separated values are allowed.',
            ),
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ConversationEvent' } } },
          },
          responses: {
            '202': {
              description: 'Stored; it will be processed.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/PostEventResponse' } } },
            },
            '400': error('Not JSON, or not a valid event: every problem is listed in `error.issues`.'),
            '401': error('Unknown tenant, bad signature or stale timestamp.'),
            '413': error('The body is too large.'),
            '429': {
              ...error(
                'The tenant sent more events than its rate limit allows (a token bucket shared by every server: `EVENTS_RATE_LIMIT_PER_MINUTE` per minute, default 30,000, with a burst of the same size). Nothing was stored: send the event again after `Retry-After` seconds. Only correctly signed requests are counted.',
              ),
              headers: {
                'Retry-After': {
                  description: 'Seconds until the next event can be accepted.',
                  schema: { type: 'integer', minimum: 1 },
                },
              },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        ConversationEvent: schema(conversationEventSchema, 'input'),
        PostEventResponse: schema(postEventResponseSchema, 'output'),
        ApiError: schema(apiErrorSchema, 'output'),
      },
    },
  };
  return cached;
}
