import type { Logger } from 'pino';
import { refreshAccessToken, type AccessToken } from '../tokens/refresh-access-token.ts';
import { backoffDelay, sleep } from './backoff.ts';
import { telemetry, zohoCallKind } from '../ops/telemetry.ts';
import { recordCredits } from './credits.ts';
import { fetchStreamed } from './fetch-streamed.ts';
import type { ZohoDeps } from '../app-deps.ts';
import type { Semaphore } from './semaphore.ts';
import { ZohoApiError, ZohoThrottledError, ZohoUnreachableError } from './zoho-errors.ts';
import { zohoApiErrorBodySchema } from './zoho-schemas.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: Method;
  /** Relative to `{api_domain}{base}`, with its query string. */
  path: string;
  /**
   * The API the path belongs to: CRM v2 (default), v2.1 where an endpoint only exists from there on
   * (the Lead assignment rules), or Bulk Read (`/crm/bulk/v2`).
   */
  base?: '/crm/v2' | '/crm/v2.1' | '/crm/bulk/v2';
  /** A 200 answer's body is handed over unread as `stream` (a Bulk Read result zip). */
  stream?: boolean;
  body?: unknown;
  /** A multipart body instead of JSON (attachments); fetch sets the content type with its boundary. */
  form?: FormData;
  headers?: Record<string, string>;
  /** GET, and POSTs that only read (COQL): safe to repeat after a 5xx or a network error. */
  idempotent: boolean;
  /** Credits this call costs when Zoho processed it (COQL costs more by LIMIT). */
  credits: number;
}

export interface HttpResponse {
  status: number;
  body: unknown;
  /** The unread body of a 200 answer to a `stream` request. */
  stream?: ReadableStream<Uint8Array>;
}

export interface HttpSession {
  deps: ZohoDeps;
  tenantId: string;
  token: AccessToken;
  semaphore: Semaphore;
  log: Logger;
  /** False for a probe of tokens not stored yet: there is nothing in the vault to refresh them with. */
  refreshable?: boolean;
}

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** True when the request provably never reached Zoho (no connection was made), so even a write may be retried. */
function neverSent(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' && NOT_SENT.has(cause.code);
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 304) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Slowest upload we still wait for: a 20 MB recording on a 1 MB/s uplink takes 20 s, not the call timeout. */
const UPLOAD_BYTES_PER_SECOND = 1024 * 1024;

function timeoutFor(request: HttpRequest, callTimeoutMs: number): number {
  if (!request.form) return callTimeoutMs;
  let bytes = 0;
  for (const [, value] of request.form) bytes += typeof value === 'string' ? value.length : value.size;
  return callTimeoutMs + Math.ceil((bytes / UPLOAD_BYTES_PER_SECOND) * 1000);
}

async function send(session: HttpSession, request: HttpRequest, token: AccessToken): Promise<Response> {
  const { deps } = session;
  const headers: Record<string, string> = {
    authorization: `Zoho-oauthtoken ${token.accessToken}`,
    accept: 'application/json',
    ...request.headers,
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const release = await session.semaphore.acquire();
  const url = `${token.apiDomain}${request.base ?? '/crm/v2'}${request.path}`;
  const init: RequestInit = {
    method: request.method,
    headers,
    body: request.form ?? (request.body === undefined ? null : JSON.stringify(request.body)),
    redirect: 'error',
  };
  const timeoutMs = timeoutFor(request, deps.config.zoho.httpTimeoutMs);
  try {
    if (request.stream) return await fetchStreamed(url, init, timeoutMs);
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } finally {
    release();
  }
}

async function ensureFresh(session: HttpSession): Promise<void> {
  if (session.refreshable === false) return;
  const margin = session.deps.config.zoho.refreshMarginSeconds * 1000;
  if (session.token.expiresAt.getTime() - Date.now() > margin) return;
  session.token = await refreshAccessToken(session.deps, session.tenantId);
}

/**
 * One Zoho call with the policy every feature relies on: refresh before expiry; on 401 INVALID_TOKEN
 * refresh once and retry; 429 backs off and retries (Zoho refused before doing anything, so writes too);
 * 5xx and network errors retry with backoff only for idempotent calls, or when nothing was sent. Logs
 * method, path without query (it may hold e-mails or phones), status and Zoho's code: never a token.
 */
export async function zohoFetch(session: HttpSession, request: HttpRequest): Promise<HttpResponse> {
  const { retryBaseMs, maxRetries } = session.deps.config.zoho;
  const logPath = request.path.split('?')[0];
  const kind = zohoCallKind(request.method, request.path, request.form !== undefined);
  const count = (outcome: string) => telemetry.zohoCalls.inc({ tenant: session.tenantId, kind, outcome });
  let refreshed = false;
  for (let attempt = 0; ; attempt += 1) {
    await ensureFresh(session);
    // The token this attempt sends: a parallel call on the same session may replace session.token meanwhile.
    const token = session.token;
    const sent = token.accessToken;
    let response: Response;
    try {
      response = await send(session, request, token);
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'network error';
      const retry = (request.idempotent || neverSent(error)) && attempt < maxRetries;
      count('unreachable');
      session.log.warn(
        { zoho: { method: request.method, path: logPath, reason, attempt, retry } },
        'Zoho call failed',
      );
      if (!retry) throw new ZohoUnreachableError(reason);
      await sleep(backoffDelay(attempt, retryBaseMs));
      continue;
    }
    if (request.stream && response.status === 200 && response.body) {
      count('ok');
      await recordCredits(session.deps, session.tenantId, request.credits);
      if (request.credits > 0) telemetry.zohoCredits.inc({ tenant: session.tenantId, kind }, request.credits);
      return { status: 200, body: undefined, stream: response.body };
    }
    const body = await readBody(response);
    count(
      response.status === 429
        ? 'throttled'
        : response.status >= 500
          ? 'server_error'
          : response.status >= 400
            ? 'client_error'
            : 'ok',
    );
    const code = zohoApiErrorBodySchema.safeParse(body).data?.code;
    const logEntry = { method: request.method, path: logPath, status: response.status, code, attempt };
    if (response.status === 401 && code === 'INVALID_TOKEN' && !refreshed && session.refreshable !== false) {
      session.log.info({ zoho: logEntry }, 'Zoho rejected the access token: refreshing once');
      refreshed = true;
      // Refresh only for the token Zoho refused: if a parallel call already replaced it, just retry.
      if (session.token.accessToken === sent) {
        session.token = await refreshAccessToken(session.deps, session.tenantId, sent);
      }
      attempt -= 1;
      continue;
    }
    if (response.status === 429) {
      session.log.warn({ zoho: logEntry }, 'Zoho throttled the call');
      if (attempt >= maxRetries) throw new ZohoThrottledError(60);
      // Longer than for errors: the org's concurrency or credits must free up first.
      await sleep(backoffDelay(attempt + 1, retryBaseMs));
      continue;
    }
    if (response.status >= 500) {
      const retry = request.idempotent && attempt < maxRetries;
      session.log.warn({ zoho: { ...logEntry, retry } }, 'Zoho answered a server error');
      if (retry) {
        await sleep(backoffDelay(attempt, retryBaseMs));
        continue;
      }
      throw new ZohoUnreachableError(
        `HTTP ${response.status}${code ? ` ${code}` : ''} after ${attempt + 1} attempt(s)`,
      );
    }
    session.log.debug({ zoho: logEntry }, 'Zoho call');
    if (response.status < 400 || (response.status === 400 && hasData(body))) {
      await recordCredits(session.deps, session.tenantId, request.credits);
      if (request.credits > 0) telemetry.zohoCredits.inc({ tenant: session.tenantId, kind }, request.credits);
    }
    return { status: response.status, body };
  }
}

function hasData(body: unknown): boolean {
  return typeof body === 'object' && body !== null && Array.isArray((body as { data?: unknown }).data);
}

/** A whole-request error as a ZohoApiError (the caller decided the status is not a success for it). */
export function toApiError(response: HttpResponse): ZohoApiError {
  const parsed = zohoApiErrorBodySchema.safeParse(response.body);
  if (parsed.success)
    return new ZohoApiError(response.status, parsed.data.code, parsed.data.message, parsed.data.details);
  return new ZohoApiError(response.status, `HTTP_${response.status}`, 'unexpected answer');
}
