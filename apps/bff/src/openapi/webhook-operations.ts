import {
  CUSTOMER_WEBHOOK_HEADERS,
  customersChangedPayloadSchema,
  customersTestPayloadSchema,
} from '@cxc/shared/api/customer-webhook';
import { PLATFORM_CUSTOMERS_PATH } from '@cxc/shared/api/customer-api';
import { toJsonSchema } from './json-schema.ts';

const header = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema,
});

/**
 * OpenAPI 3.1 `webhooks`: the calls the connector makes to the platform. The "customers changed" webhook
 * (issue 13) is set up by the tenant admin under Settings → Customer data.
 */
export function webhookOperations(): Record<string, Record<string, unknown>> {
  return {
    customersChanged: {
      post: {
        operationId: 'customersChanged',
        tags: ['Customer list (platform)'],
        summary: "The tenant's customers changed: read them from the customer list",
        description: `POSTed to the URL the tenant admin set when the tenant's mirror of Zoho applies changes (import, sync, push, deletions, the connector's own writes). Sent about 2 s after the writes settle (at most 10 s after the first change; a missed signal is caught within 30 s). At most one announcement waits per tenant: changes made before it is sent join it, so a sync is one call (a long import: one per 10 s at most). The body carries counts and cursors only, never customer data: page through \`GET ${PLATFORM_CUSTOMERS_PATH}?cursor=<cursor.from>\` with the tenant's API key (or from your own saved cursor). Answer 2xx; anything else (or no answer within 10 s) is retried with growing pauses (30 s up to 1 h) and given up after 8 attempts, which the admin sees. Redirects are not followed. "Send test" in the console sends \`{"type": "customers.test", "tenantId", "time"}\` the same way.`,
        parameters: [
          header(
            CUSTOMER_WEBHOOK_HEADERS.timestamp,
            'Unix seconds when this attempt was signed; refuse one far from now.',
            { type: 'string' },
          ),
          header(
            CUSTOMER_WEBHOOK_HEADERS.signature,
            `\`v1=\` + hex(HMAC-SHA256(secret, \`\${${CUSTOMER_WEBHOOK_HEADERS.timestamp}}.\${rawBody}\`)), with the secret shown to the admin when generated or rotated. Compare in constant time over the raw bytes.`,
            { type: 'string', pattern: '^v1=[0-9a-f]{64}$' },
          ),
          header(
            CUSTOMER_WEBHOOK_HEADERS.delivery,
            'The same on every retry of one announcement: drop a repeat.',
            { type: 'string', format: 'uuid' },
          ),
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                oneOf: [
                  toJsonSchema(customersChangedPayloadSchema, 'output'),
                  toJsonSchema(customersTestPayloadSchema, 'output'),
                ],
              },
            },
          },
        },
        responses: { '2XX': { description: 'Received; anything else is retried.' } },
      },
    },
  };
}
