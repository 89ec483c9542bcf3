import { EVENT_HEADERS } from '@cxc/shared/api/events';
import { apiErrorSchema, CSRF_HEADER } from '@cxc/shared/api/errors';
import { conversationEventSchema } from '@cxc/shared/domain/events';
import { routes } from '../routes/index.ts';
import { toJsonSchema, type OpenApiDocument } from './json-schema.ts';
import { otherOperations } from './other-operations.ts';
import { registryOperation, type Operation } from './registry-operation.ts';
import { shareSchemas } from './share-schemas.ts';
import { webhookOperations } from './webhook-operations.ts';

/** Every operation of the BFF: the registry (api-router.ts) plus the routers outside it. */
export function allOperations(): Operation[] {
  return [...routes.map((route) => registryOperation(route.endpoint, route.access)), ...otherOperations()];
}

const cache = new Map<string, OpenApiDocument>();

/**
 * OpenAPI 3.1 of the whole HTTP surface, generated from the same zod contracts the BFF validates with and
 * the console parses with, so it cannot drift from the code. The session cookie's name depends on the
 * public URL (`__Host-` over https), hence one document per cookie name.
 */
export function openApiDocument(sessionCookieName: string): OpenApiDocument {
  const cached = cache.get(sessionCookieName);
  if (cached) return cached;
  const paths: OpenApiDocument['paths'] = {};
  for (const { method, path, operation } of allOperations()) (paths[path] ??= {})[method] = operation;
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: {
      title: 'CX Connector for Zoho CRM',
      version: '1',
      description:
        'Every non-2xx JSON answer is the error envelope `ApiError`. A 503 or 429 carries `Retry-After`: nothing was done, and the same request may be sent again after that many seconds.',
    },
    paths,
    webhooks: webhookOperations(),
    components: {
      securitySchemes: {
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookieName,
          description: 'Set by the sign-in (`/auth/login`); httpOnly.',
        },
        csrfHeader: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER,
          description:
            "On every mutating request, with the session's token (`csrfToken` of `GET /api/me`); the Origin must be ours.",
        },
        eventSignature: {
          type: 'apiKey',
          in: 'header',
          name: EVENT_HEADERS.signature,
          description: `HMAC-SHA256 of \`\${${EVENT_HEADERS.timestamp}}.\${rawBody}\` with the tenant's signing secret, as \`v1=<hex>\`; with the \`${EVENT_HEADERS.tenant}\` and \`${EVENT_HEADERS.timestamp}\` headers.`,
        },
        metricsToken: { type: 'http', scheme: 'bearer', description: 'METRICS_TOKEN.' },
        customerApiKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An API key the tenant admin created under Settings → Customer data (shown once; revocable).',
        },
      },
      schemas: {
        ApiError: toJsonSchema(apiErrorSchema, 'output'),
        ConversationEvent: toJsonSchema(conversationEventSchema, 'input'),
      },
    },
  };
  shareSchemas(document);
  cache.set(sessionCookieName, document);
  return document;
}
