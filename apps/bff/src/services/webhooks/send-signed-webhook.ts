import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { ISSUE_WEBHOOK_HEADERS } from '@cxc/shared/api/connection-issues';
import { signEvent } from '../../automation/intake/sign-event.ts';
import { guardedLookup } from '../../net/guarded-lookup.ts';
import { isPrivateAddress } from '../../net/private-address.ts';

/**
 * What the connector's outgoing webhooks (connection issues, customers changed) share: a signing secret we
 * generate, the signed POST with its SSRF guard, and the retry schedule. One implementation, so a fix to
 * the guard or the signature reaches every webhook at once.
 */
export interface WebhookSendDeps {
  /** SSRF guard off (development, tests): the same switch as attachment downloads. */
  allowPrivateHosts: boolean;
  /** Tests shorten it to see a timeout without waiting ten seconds. */
  timeoutMs?: number;
}

/** Why an attempt failed, as data: the console words it in the admin's language. */
export type WebhookProblem =
  | { kind: 'http'; status: number }
  | { kind: 'timeout' }
  | { kind: 'private_host' }
  | { kind: 'network'; code: string | null };

export type WebhookOutcome =
  { delivered: true; status: number } | { delivered: false; problem: WebhookProblem };

/** After this many failed attempts (about two hours of backoff) a delivery is given up. */
export const MAX_DELIVERY_ATTEMPTS = 8;
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 3600;
const TIMEOUT_MS = 10_000;

/** 30 s, 1 min, 2 min … up to an hour, after the n-th failed attempt. */
export function deliveryBackoffSeconds(failedAttempts: number): number {
  return Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.max(0, failedAttempts - 1));
}

/** A new signing secret; `whsec_` tells the receiver's operator what it is when it turns up in a vault. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** The problem in the English the log and the issue outbox keep (`last_error`). */
export function problemText(problem: WebhookProblem): string {
  if (problem.kind === 'http') return `HTTP ${problem.status}`;
  if (problem.kind === 'timeout') return 'timed out';
  if (problem.kind === 'private_host') return 'the address is private or local';
  return problem.code ? `network error ${problem.code}` : 'network error';
}

function problemOf(error: unknown): WebhookProblem {
  const code = (error as { code?: unknown }).code;
  if (code === 'EPRIVATE' || (error instanceof Error && error.message === 'private or local address'))
    return { kind: 'private_host' };
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return { kind: 'timeout' };
  return { kind: 'network', code: typeof code === 'string' ? code.slice(0, 40) : null };
}

/** POSTs the body; resolves with the HTTP status, rejects on network errors, refusals and timeouts. */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  deps: WebhookSendDeps,
): Promise<number> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An IP literal is connected to without a lookup, so it is checked here; host names at connect time.
  if (!deps.allowPrivateHosts && isIP(host) !== 0 && isPrivateAddress(host))
    return Promise.reject(new Error('private or local address'));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      ...(deps.allowPrivateHosts ? {} : { lookup: guardedLookup() }),
      signal: AbortSignal.timeout(deps.timeoutMs ?? TIMEOUT_MS),
    });
    // Redirects are not followed (a 3xx is a failure): the admin gave one URL, and a hop could lead inside.
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface SignedWebhook {
  url: string;
  secret: string;
  body: string;
  /** The same on every retry of one delivery, so the receiver can drop a repeat. */
  deliveryId: string;
  userAgent: string;
}

/**
 * Signs (a fresh timestamp per attempt, like the platform signs its events to us) and POSTs once. Never
 * throws for the receiver's sake: every failure is an outcome. Only 2xx counts as delivered.
 */
export async function sendSignedWebhook(hook: SignedWebhook, deps: WebhookSendDeps): Promise<WebhookOutcome> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers = {
    'content-type': 'application/json',
    'user-agent': hook.userAgent,
    [ISSUE_WEBHOOK_HEADERS.timestamp]: timestamp,
    [ISSUE_WEBHOOK_HEADERS.signature]: signEvent(hook.secret, timestamp, hook.body),
    [ISSUE_WEBHOOK_HEADERS.delivery]: hook.deliveryId,
  };
  try {
    const status = await post(new URL(hook.url), headers, hook.body, deps);
    if (status >= 200 && status < 300) return { delivered: true, status };
    return { delivered: false, problem: { kind: 'http', status } };
  } catch (error) {
    return { delivered: false, problem: problemOf(error) };
  }
}
