import { z } from 'zod';

/** Every error code our API can answer with, and the HTTP status each one maps to. */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UPSTREAM_UNAVAILABLE: 502,
  /** The database is unreachable or this server is overloaded: nothing was done; send again after `Retry-After`. */
  SERVICE_UNAVAILABLE: 503,
} as const;

export const errorCodeSchema = z.enum(
  Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]],
);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** A problem with one input field; `path` follows zod's issue path (e.g. `["rows", 2, "zohoField"]`). */
export const fieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
  /** Values the console needs to explain `code` in its own language (e.g. `retryAt`). */
  params: z.record(z.string(), z.string()).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

/**
 * A sentence the product wrote, sent as a key the console translates and the values to put in it, so the
 * user reads it in their own language. The English `message` beside it stays: older rows have no key,
 * and a console that does not know a key shows that instead. Zoho's own words travel as a value.
 */
export const explainedTextSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.string()),
});
export type ExplainedText = z.infer<typeof explainedTextSchema>;

/** The one error envelope: every non-2xx answer of `/api/*` and `/auth/*` (JSON) has this body. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    issues: z.array(fieldIssueSchema).default([]),
    correlationId: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** Header carrying the CSRF token on every mutating request. */
export const CSRF_HEADER = 'x-csrf-token';
