import { z } from 'zod';
import { defineEndpoint } from './contract.ts';
import { explainedTextSchema } from './errors.ts';
import { tenantParamsSchema } from './tenants.ts';

/**
 * Connection health ("issues"): problems the connector notices by itself and closes by itself once they
 * are gone. `needs_reconnect`: Zoho refused the connection's refresh token. `credit_budget_reached`: the
 * tenant's 24-hour credit limit for automatic mode is used up. `repeated_failures`: at least
 * REPEATED_FAILURE_THRESHOLD events failed with the same error code within REPEATED_FAILURE_WINDOW_MINUTES.
 */
export const ISSUE_KINDS = ['needs_reconnect', 'credit_budget_reached', 'repeated_failures'] as const;
export const issueKindSchema = z.enum(ISSUE_KINDS);
export type IssueKind = z.infer<typeof issueKindSchema>;

export const REPEATED_FAILURE_THRESHOLD = 5;
export const REPEATED_FAILURE_WINDOW_MINUTES = 15;

export const issueDetailsSchema = z.object({
  /** repeated_failures: events failed with `code` in the window, and the last one's message. */
  failures: z.number().int().optional(),
  message: z.string().optional(),
  /** The last error's explanation as a key the console translates (`message` is its English). */
  detail: explainedTextSchema.optional(),
  /** credit_budget_reached: credits used in the last 24 hours and the tenant's limit. */
  used: z.number().int().optional(),
  budget: z.number().int().optional(),
});

export const connectionIssueSchema = z.object({
  id: z.uuid(),
  kind: issueKindSchema,
  /** The error code of repeated_failures; null for the other kinds. */
  code: z.string().nullable(),
  details: issueDetailsSchema,
  openedAt: z.string(),
  lastSeenAt: z.string(),
  /** null while open. */
  closedAt: z.string().nullable(),
});
export type ConnectionIssue = z.infer<typeof connectionIssueSchema>;

/** Tenant admin: the open issues, then the last closed ones (most recent first). */
export const listConnectionIssues = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/issues',
  params: tenantParamsSchema,
  response: z.object({
    open: z.array(connectionIssueSchema),
    recentlyClosed: z.array(connectionIssueSchema),
  }),
});

/**
 * The issue webhook: each issue opening or closing is POSTed as JSON (`issueWebhookPayloadSchema`) to the
 * tenant's URL, signed like event intake: `X-CXC-Timestamp` (Unix seconds) and `X-CXC-Signature` =
 * `v1=` + hex(HMAC-SHA256(secret, `${timestamp}.${rawBody}`)). `X-CXC-Delivery` is the delivery id, the
 * same on every retry. Failed deliveries (no 2xx) are retried with backoff.
 */
export const ISSUE_WEBHOOK_HEADERS = {
  timestamp: 'x-cxc-timestamp',
  signature: 'x-cxc-signature',
  delivery: 'x-cxc-delivery',
} as const;

export const issueWebhookPayloadSchema = z.object({
  type: z.enum(['issue.opened', 'issue.resolved']),
  tenantId: z.string(),
  issue: connectionIssueSchema,
});
export type IssueWebhookPayload = z.infer<typeof issueWebhookPayloadSchema>;

export const issueWebhookSchema = z.object({
  configured: z.boolean(),
  url: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type IssueWebhook = z.infer<typeof issueWebhookSchema>;

/** Tenant admin: the webhook's URL (never its secret). */
export const getIssueWebhook = defineEndpoint({
  method: 'GET',
  path: '/api/tenants/:tenantId/issues/webhook',
  params: tenantParamsSchema,
  response: issueWebhookSchema,
});

/** http(s) only, no credentials in it; whether the host is public is checked by the BFF (SSRF guard). */
export const issueWebhookUrlSchema = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
  .max(2000)
  // zod runs this even when the URL check above failed: an unparsable value is left to that check.
  .refine((value) => {
    const url = URL.canParse(value) ? new URL(value) : undefined;
    return !url || (url.username === '' && url.password === '');
  }, 'must not contain a user name or password');

/**
 * Tenant admin: sets the webhook URL and a new secret (the previous secret stops signing at once). The
 * answer is the only time the secret is shown; it is stored encrypted. 400 VALIDATION_FAILED on `url`
 * for a private, local or unresolvable host.
 */
export const saveIssueWebhook = defineEndpoint({
  method: 'PUT',
  path: '/api/tenants/:tenantId/issues/webhook',
  params: tenantParamsSchema,
  body: z.object({ url: issueWebhookUrlSchema }),
  response: issueWebhookSchema.extend({ secret: z.string() }),
});

/** Tenant admin: removes the webhook; deliveries not sent yet are dropped. */
export const deleteIssueWebhook = defineEndpoint({
  method: 'DELETE',
  path: '/api/tenants/:tenantId/issues/webhook',
  params: tenantParamsSchema,
  response: issueWebhookSchema,
});
