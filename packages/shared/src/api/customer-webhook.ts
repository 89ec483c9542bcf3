import { z } from 'zod';
import { ISSUE_WEBHOOK_HEADERS, issueWebhookUrlSchema } from './connection-issues.ts';
import { defineEndpoint } from './contract.ts';
import { tenantParamsSchema } from './tenants.ts';

/**
 * The "customers changed" webhook (issue 13): when the tenant's mirror of Zoho applies changes, the
 * platform is told so, and then pages through `GET /api/platform/v1/customers` with its API key from the
 * `cursor.from` it is given (or its own saved cursor). Signed like the connection-issue webhook:
 * `X-CXC-Timestamp` (Unix seconds), `X-CXC-Signature` = `v1=` + hex(HMAC-SHA256(secret,
 * `${timestamp}.${rawBody}`)), `X-CXC-Delivery` the same on every retry of one delivery.
 *
 * The payload carries no customer data on purpose: a webhook URL is only as safe as the receiver behind
 * it and retries repeat the body, while the pull endpoint is authenticated, rate-limited, revocable and
 * always answers with the current state (a record changed twice is sent once, as it is now).
 */
export const CUSTOMER_WEBHOOK_HEADERS = ISSUE_WEBHOOK_HEADERS;

export const customersChangedPayloadSchema = z.object({
  type: z.literal('customers.changed'),
  tenantId: z.string(),
  /** Changes applied since the last delivery: records created or updated, and records deleted in Zoho. */
  changed: z.number().int(),
  deleted: z.number().int(),
  /** `from`: pass it as `cursor` to read these changes; `to`: the cursor once they are all read. */
  cursor: z.object({ from: z.string(), to: z.string() }),
  /** When this delivery was first queued (ISO 8601). */
  time: z.string(),
});
export type CustomersChangedPayload = z.infer<typeof customersChangedPayloadSchema>;

/** Sent by "Send test" only, so a receiver can tell it apart and ignore it. */
export const customersTestPayloadSchema = z.object({
  type: z.literal('customers.test'),
  tenantId: z.string(),
  time: z.string(),
});

export const webhookProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('http'), status: z.number().int() }),
  z.object({ kind: z.literal('timeout') }),
  z.object({ kind: z.literal('private_host') }),
  z.object({ kind: z.literal('network'), code: z.string().nullable() }),
]);
export type WebhookProblemView = z.infer<typeof webhookProblemSchema>;

export const customerWebhookSchema = z.object({
  configured: z.boolean(),
  url: z.string().nullable(),
  enabled: z.boolean(),
  createdAt: z.string().nullable(),
  secretRotatedAt: z.string().nullable(),
  /** The last finished attempt: delivered, failed and retried later, or given up. */
  last: z
    .object({
      status: z.enum(['delivered', 'retrying', 'given_up']),
      at: z.string(),
      problem: webhookProblemSchema.nullable(),
    })
    .nullable(),
  /** Changes waiting to be announced (at most one delivery per tenant: later changes join it). */
  pending: z
    .object({
      changed: z.number().int(),
      deleted: z.number().int(),
      attempts: z.number().int(),
      nextAttemptAt: z.string(),
    })
    .nullable(),
});
export type CustomerWebhook = z.infer<typeof customerWebhookSchema>;

/** What a tenant without a webhook reads. */
export const NO_CUSTOMER_WEBHOOK: CustomerWebhook = {
  configured: false,
  url: null,
  enabled: false,
  createdAt: null,
  secretRotatedAt: null,
  last: null,
  pending: null,
};

const webhookPath = '/api/tenants/:tenantId/customer-data/webhook';

/** Tenant admin: the webhook's URL, switch and last delivery (never its secret). */
export const getCustomerWebhook = defineEndpoint({
  method: 'GET',
  path: webhookPath,
  params: tenantParamsSchema,
  response: customerWebhookSchema,
});

/**
 * Tenant admin: sets the URL and the switch. The first save generates the signing secret and is the only
 * answer that carries it (`secret`, else null); later saves keep it. https only in production; 400
 * VALIDATION_FAILED on `url` for a private, local or unresolvable host.
 */
export const saveCustomerWebhook = defineEndpoint({
  method: 'PUT',
  path: webhookPath,
  params: tenantParamsSchema,
  body: z.strictObject({ url: issueWebhookUrlSchema, enabled: z.boolean() }),
  response: customerWebhookSchema.extend({ secret: z.string().nullable() }),
});

/** Tenant admin: a new signing secret, shown once; the old one stops signing at once. 404 without a webhook. */
export const rotateCustomerWebhookSecret = defineEndpoint({
  method: 'POST',
  path: `${webhookPath}/rotate-secret`,
  params: tenantParamsSchema,
  response: customerWebhookSchema.extend({ secret: z.string() }),
});

/** Tenant admin: removes the webhook; changes not announced yet are dropped. */
export const deleteCustomerWebhook = defineEndpoint({
  method: 'DELETE',
  path: webhookPath,
  params: tenantParamsSchema,
  response: customerWebhookSchema,
});

/** Tenant admin: POSTs a signed `customers.test` now and says what the receiver answered. 404 without a webhook. */
export const testCustomerWebhook = defineEndpoint({
  method: 'POST',
  path: `${webhookPath}/test`,
  params: tenantParamsSchema,
  response: z.object({
    delivered: z.boolean(),
    /** The receiver's HTTP status when it answered at all. */
    status: z.number().int().nullable(),
    problem: webhookProblemSchema.nullable(),
  }),
});
