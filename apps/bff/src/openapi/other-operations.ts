import {
  EVENT_HEADERS,
  MAX_EVENT_BYTES,
  postEventResponseSchema,
  SIGNATURE_TOLERANCE_SECONDS,
} from '@cxc/shared/api/events';
import { healthResponseSchema, readinessResponseSchema } from '@cxc/shared/api/health';
import { AUTH_PATHS } from '@cxc/shared/api/session';
import { OAUTH_CALLBACK_PATH } from '@cxc/shared/api/zoho-connection';
import { exportActivityAccess, exportActivityEndpoint } from '../routes/activity/export-activity-csv.ts';
import { toJsonSchema } from './json-schema.ts';
import { platformOperations } from './platform-operations.ts';
import { registryOperation, type Operation } from './registry-operation.ts';
import { commonErrors, errorResponse, jsonResponse, rateLimited, type Response } from './responses.ts';

const header = (name: string, description: string) => ({
  name,
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description,
});
const query = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema: { type: 'string' },
  description,
});
const redirect = (description: string): Response => ({
  description,
  headers: { Location: { description: 'Where the browser goes next.', schema: { type: 'string' } } },
});
const text = (description: string, type: string): Response => ({
  description,
  content: { [type]: { schema: { type: 'string' } } },
});
const op = (method: string, path: string, operation: Record<string, unknown>): Operation => ({
  method,
  path,
  operation,
});

function postEvent(): Operation {
  return op('post', '/api/events', {
    operationId: 'postEvent',
    tags: ['Event intake'],
    summary: 'Send one conversation event',
    description: `Sign \`\${timestamp}.\${rawBody}\` with HMAC-SHA256 and the tenant's signing secret. The timestamp (Unix seconds) must be within ${SIGNATURE_TOLERANCE_SECONDS} s of the server's clock. Body at most ${MAX_EVENT_BYTES} bytes. The same event id twice is accepted once. A 429 or 503 stored nothing: send the same event again after \`Retry-After\` seconds.`,
    security: [{ eventSignature: [] }],
    parameters: [
      header(EVENT_HEADERS.tenant, 'The tenant id.'),
      header(EVENT_HEADERS.timestamp, 'Unix time in seconds.'),
      header(EVENT_HEADERS.signature, '`v1=` + hex HMAC-SHA256; several comma-separated values are allowed.'),
    ],
    requestBody: {
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ConversationEvent' } } },
    },
    responses: {
      '202': jsonResponse('Stored; it will be processed.', toJsonSchema(postEventResponseSchema, 'output')),
      '400': errorResponse(
        ['VALIDATION_FAILED'],
        'Not JSON, or not a valid event: every problem is listed in `error.issues`',
      ),
      '401': errorResponse(['UNAUTHENTICATED'], 'Unknown tenant, bad signature or stale timestamp'),
      '413': errorResponse(['PAYLOAD_TOO_LARGE'], 'The body is too large'),
      '429': rateLimited(
        'The tenant sent more events than its rate limit allows (a token bucket shared by every server: `EVENTS_RATE_LIMIT_PER_MINUTE` per minute, default 30,000, with a burst of the same size). Nothing was stored: send the event again after `Retry-After` seconds. Only correctly signed requests are counted',
      ),
      ...commonErrors(),
    },
  });
}

function exportActivityCsv(): Operation {
  const base = registryOperation(exportActivityEndpoint, exportActivityAccess);
  const responses = { ...(base.operation.responses as Record<string, Response>) };
  responses['200'] = text(
    'The activity log as CSV (a download, `Content-Disposition: attachment`).',
    'text/csv',
  );
  return {
    ...base,
    operation: {
      ...base.operation,
      operationId: 'exportActivityCsv',
      summary: 'Export the activity log as CSV',
      tags: ['Events and activity'],
      responses,
    },
  };
}

const browserPage =
  'A browser navigation, not a fetch: errors are a readable page when the browser asks for HTML, otherwise the error envelope.';

function authOperations(): Operation[] {
  const signIn = ['Sign-in'];
  return [
    op('get', AUTH_PATHS.login, {
      operationId: 'signIn',
      tags: signIn,
      summary: 'Start the sign-in at the identity provider',
      description: browserPage,
      parameters: [
        query('returnTo', 'A console path to come back to.'),
        query('prompt', '`login` asks the IdP for credentials again.'),
      ],
      responses: {
        '302': redirect('To the identity provider.'),
        '400': errorResponse(['VALIDATION_FAILED'], 'A malformed link or `returnTo`'),
        '429': rateLimited('Too many sign-in attempts from this address'),
        ...commonErrors(),
      },
    }),
    op('get', AUTH_PATHS.callback, {
      operationId: 'signInCallback',
      tags: signIn,
      summary: 'The identity provider sends the browser back here',
      description: `${browserPage} Sets the session cookie.`,
      parameters: [query('code', 'Authorization code.'), query('state', 'The sign-in transaction.')],
      responses: {
        '303': redirect('Signed in: to the page the sign-in started from.'),
        '401': errorResponse(['UNAUTHENTICATED'], 'Expired, replayed or unverifiable sign-in'),
        '403': errorResponse(['FORBIDDEN'], 'The account has no usable role or tenant'),
        '429': rateLimited('Too many sign-in attempts from this address'),
        '502': errorResponse(['UPSTREAM_UNAVAILABLE'], 'The identity provider could not be reached'),
        ...commonErrors(),
      },
    }),
    op('post', AUTH_PATHS.logout, {
      operationId: 'signOut',
      tags: signIn,
      summary: 'Sign out (here and at the identity provider)',
      description: 'A form post (`_csrf` field) or a fetch with the CSRF header.',
      security: [{ sessionCookie: [], csrfHeader: [] }],
      responses: {
        '303': redirect("To the identity provider's sign-out, or the console."),
        '403': errorResponse(['CSRF_REJECTED'], 'Missing or wrong CSRF token or Origin'),
        '413': errorResponse(['PAYLOAD_TOO_LARGE'], 'The body is over 4 kB'),
        ...commonErrors(),
      },
    }),
  ];
}

function zohoCallbackOperations(): Operation[] {
  const tags = ['Zoho connection'];
  return [
    op('get', OAUTH_CALLBACK_PATH, {
      operationId: 'zohoOauthCallback',
      tags,
      summary: "Zoho's OAuth redirect after consent",
      description:
        'A browser navigation with the session cookie. Any failure of the connection itself is reported on the page, never as an error status.',
      security: [{ sessionCookie: [] }],
      parameters: ['state', 'code', 'error', 'location', 'accounts-server'].map((name) =>
        query(name, 'As Zoho sends it.'),
      ),
      responses: {
        '200': text('A small page telling the console popup the outcome.', 'text/html'),
        '303': redirect('Full-page mode: back to the console with the outcome.'),
        ...commonErrors(),
      },
    }),
    op('get', `${OAUTH_CALLBACK_PATH}.js`, {
      operationId: 'zohoOauthCallbackScript',
      tags,
      summary: "The callback page's script (CSP forbids inline script)",
      responses: { '200': text('JavaScript.', 'text/javascript') },
    }),
  ];
}

function opsOperations(): Operation[] {
  const tags = ['Operations'];
  return [
    op('get', '/healthz', {
      operationId: 'health',
      tags,
      summary: 'Liveness: the process answers',
      responses: { '200': jsonResponse('Alive.', toJsonSchema(healthResponseSchema, 'output')) },
    }),
    op('get', '/readyz', {
      operationId: 'readiness',
      tags,
      summary: 'Readiness: the database answers (within 2 s whatever it does)',
      responses: {
        '200': jsonResponse('Ready.', toJsonSchema(readinessResponseSchema, 'output')),
        '503': jsonResponse('Not ready: a check failed.', toJsonSchema(readinessResponseSchema, 'output')),
      },
    }),
    op('get', '/metrics', {
      operationId: 'metrics',
      tags,
      summary: 'Prometheus metrics',
      description:
        'Needs `Authorization: Bearer <METRICS_TOKEN>` unless `METRICS_PUBLIC` is set; without either it does not exist.',
      security: [{ metricsToken: [] }, {}],
      responses: {
        '200': text('Prometheus text format.', 'text/plain'),
        '401': { description: 'Missing or wrong bearer token.' },
        '404': errorResponse(['NOT_FOUND'], 'Metrics are not enabled'),
      },
    }),
    op('get', '/samples/{name}', {
      operationId: 'sampleFile',
      tags,
      summary: 'Sample attachments linked by Send test conversation',
      parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': text('The file.', 'application/octet-stream'),
        '404': text('No such sample file.', 'text/plain'),
      },
    }),
    op('get', '/api/openapi.json', {
      operationId: 'openApiDocument',
      tags,
      summary: 'This document',
      responses: { '200': jsonResponse('OpenAPI 3.1.', { type: 'object' }) },
    }),
    op('get', '/api/docs', {
      operationId: 'apiReference',
      tags,
      summary: 'This document as a readable page',
      responses: { '200': text('HTML.', 'text/html') },
    }),
    op('get', '/api/docs.css', {
      operationId: 'apiReferenceStyles',
      tags,
      summary: "The reference page's stylesheet",
      responses: { '200': text('CSS.', 'text/css') },
    }),
  ];
}

/** Routes outside the registry: signed by the platform, browser navigations, downloads and operations. */
export function otherOperations(): Operation[] {
  return [
    postEvent(),
    exportActivityCsv(),
    ...authOperations(),
    ...zohoCallbackOperations(),
    ...opsOperations(),
    ...platformOperations(),
  ];
}
