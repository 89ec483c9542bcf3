import {
  MAX_CUSTOMERS_PAGE,
  DEFAULT_CUSTOMERS_PAGE,
  PLATFORM_CUSTOMERS_PATH,
  platformCustomersPageSchema,
} from '@cxc/shared/api/customer-api';
import { toJsonSchema } from './json-schema.ts';
import type { Operation } from './registry-operation.ts';
import { commonErrors, errorResponse, jsonResponse, rateLimited } from './responses.ts';

/** The platform's customer list (issue 13): outside the registry, authenticated by an API key. */
export function platformOperations(): Operation[] {
  return [
    {
      method: 'get',
      path: PLATFORM_CUSTOMERS_PATH,
      operation: {
        operationId: 'listPlatformCustomers',
        tags: ['Customer list (platform)'],
        summary: "Page through the tenant's Zoho customers changed since a cursor",
        description:
          "Leads, Contacts and Accounts of the tenant's mirror of its Zoho org (Settings → Customer data), oldest change first. Start without `cursor`, then pass each page's `nextCursor`; while `hasMore` is true ask again at once, otherwise keep `nextCursor` and ask again later for what changed since. A customer deleted in Zoho comes once as `{module, id, deleted: true}`. Phones are E.164 (as identification matches them); a missing company is `Unknown company` with `companyMissing: true`.",
        security: [{ customerApiKey: [] }],
        parameters: [
          {
            name: 'cursor',
            in: 'query',
            required: false,
            schema: { type: 'string', maxLength: 64 },
            description: 'Opaque: `nextCursor` of the previous page. Anything else is a 400.',
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: MAX_CUSTOMERS_PAGE,
              default: DEFAULT_CUSTOMERS_PAGE,
            },
            description: 'Customers per page.',
          },
        ],
        responses: {
          '200': jsonResponse('One page.', toJsonSchema(platformCustomersPageSchema, 'output')),
          '400': errorResponse(['VALIDATION_FAILED'], 'A cursor this API did not return, or a bad `limit`'),
          '401': errorResponse(['UNAUTHENTICATED'], 'No key, an unknown key or a revoked key'),
          '429': rateLimited(
            "More requests than the tenant's limit (`CUSTOMER_API_RATE_LIMIT_PER_MINUTE`, default 600 per minute, shared by every server and every key of the tenant)",
          ),
          ...commonErrors(),
        },
      },
    },
  ];
}
