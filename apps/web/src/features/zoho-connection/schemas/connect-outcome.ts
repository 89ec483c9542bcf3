import { z } from 'zod';
import { zohoConnectErrorCodeSchema, type ConnectOutcomeMessage } from '@cxc/shared/api/zoho-connection';
import { isApiClientError } from '@/lib/api-error';

export type ZohoConnectErrorCode = z.infer<typeof zohoConnectErrorCodeSchema>;

/** What the last connect attempt came to, from the popup's message, the redirect's URL, or the popup closing. */
export type ConnectOutcome =
  | { kind: 'connected' }
  | { kind: 'choose_org' }
  | { kind: 'error'; code: ZohoConnectErrorCode; params: Record<string, string> }
  /** The admin closed Zoho's window before it reported anything. */
  | { kind: 'closed' }
  /** Our own API refused to start (before Zoho was involved). */
  | { kind: 'start_failed'; error: unknown };

export function outcomeFromMessage(message: ConnectOutcomeMessage): ConnectOutcome {
  if (message.outcome !== 'error') return { kind: message.outcome };
  return { kind: 'error', code: message.error?.code ?? 'unknown', params: message.error?.params ?? {} };
}

/**
 * After a full-page redirect the callback lands on `?connect=<outcome>&code=<error code>`. Anyone can
 * type that URL, so every part falls back (`.catch`) instead of failing the page: an unknown code is
 * shown as `unknown`, an unknown outcome as nothing at all.
 */
const connectSearchSchema = z.object({
  connect: z.enum(['connected', 'choose_org', 'error']).optional().catch(undefined),
  code: zohoConnectErrorCodeSchema.catch('unknown'),
  /** Zoho's DC of the admin's account, when the BFF passes it on (see the report's contract note). */
  location: z
    .string()
    .regex(/^[a-z]{2,8}$/)
    .optional()
    .catch(undefined),
  /** token_rate_limited: when Zoho's window lets the next sign-in through (computed by the BFF). */
  retryAt: z.iso.datetime().optional().catch(undefined),
});

export const CONNECT_SEARCH_KEYS = ['connect', 'code', 'location', 'retryAt'] as const;

export function parseConnectSearch(search: URLSearchParams): ConnectOutcome | null {
  const { connect, code, location, retryAt } = connectSearchSchema.parse({
    connect: search.get('connect') ?? undefined,
    code: search.get('code') ?? undefined,
    location: search.get('location') ?? undefined,
    retryAt: search.get('retryAt') ?? undefined,
  });
  if (connect === undefined) return null;
  if (connect !== 'error') return { kind: connect };
  return {
    kind: 'error',
    code,
    params: { ...(location ? { location } : {}), ...(retryAt ? { retryAt } : {}) },
  };
}

/**
 * Zoho's refusal inside one of our API errors: the BFF reports it as an issue whose `code` is the Zoho
 * connect code (e.g. `dc_not_configured` on `dataCenterId`).
 */
export function zohoCodeOfApiError(error: unknown): ZohoConnectErrorCode | undefined {
  if (!isApiClientError(error)) return undefined;
  for (const issue of error.issues) {
    const known = zohoConnectErrorCodeSchema.safeParse(issue.code);
    if (known.success) return known.data;
  }
  return undefined;
}
