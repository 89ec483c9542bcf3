import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { buildPath, type Endpoint } from '@cxc/shared/api/contract';
import { apiErrorSchema, CSRF_HEADER } from '@cxc/shared/api/errors';
import { ApiClientError } from './api-error';
import { readCsrfToken } from './session-cache';

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

export interface ApiRequestOptions<E extends Endpoint> {
  params?: InputOf<E['params']>;
  query?: InputOf<E['query']>;
  body?: InputOf<E['body']>;
  signal?: AbortSignal;
  /** The query client whose cached session supplies the CSRF token; required for mutating methods. */
  client?: QueryClient;
}

const MUTATING = new Set<Endpoint['method']>(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Calls one endpoint of our API and returns its response parsed by the endpoint's own schema.
 * Anything else (non-2xx, unreachable server, a body that breaks the contract) throws ApiClientError.
 */
export async function apiRequest<E extends Endpoint>(
  endpoint: E,
  options: ApiRequestOptions<E> = {},
): Promise<z.output<E['response']>> {
  const url = buildUrl(endpoint, options);
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: string | undefined;
  if (endpoint.body && options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(endpoint.body.parse(options.body));
  }
  if (MUTATING.has(endpoint.method)) {
    const token = options.client ? readCsrfToken(options.client) : undefined;
    if (token) headers[CSRF_HEADER] = token;
  }

  let response: Response;
  try {
    response = await fetch(url, {
      method: endpoint.method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiClientError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'The server could not be reached',
      cause,
    });
  }

  const payload = await readJson(response);
  if (!response.ok) throw toApiClientError(response, payload);

  const parsed = endpoint.response.safeParse(payload.ok ? payload.value : undefined);
  if (!parsed.success) {
    throw new ApiClientError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: `Response of ${endpoint.method} ${endpoint.path} does not match its contract`,
      cause: parsed.error,
    });
  }
  return parsed.data as z.output<E['response']>;
}

function buildUrl<E extends Endpoint>(endpoint: E, options: ApiRequestOptions<E>): string {
  const params = endpoint.params
    ? (endpoint.params.parse(options.params ?? {}) as Record<string, string>)
    : {};
  const path = buildPath(endpoint.path, params);
  if (!endpoint.query || options.query === undefined) return path;
  const query = endpoint.query.parse(options.query) as Record<string, unknown>;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
        search.append(key, String(item));
      } else if (item !== undefined && item !== null) {
        throw new Error(`query parameter ${key} of ${endpoint.path} must be a scalar`);
      }
    }
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

type JsonResult = { ok: true; value: unknown } | { ok: false };

async function readJson(response: Response): Promise<JsonResult> {
  const text = await response.text();
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The BFF echoes the correlation id as `x-request-id`; it identifies even a failure without an envelope. */
const REQUEST_ID_HEADER = 'x-request-id';

function toApiClientError(response: Response, payload: JsonResult): ApiClientError {
  const { status } = response;
  const headerId = response.headers.get(REQUEST_ID_HEADER) ?? undefined;
  const envelope = apiErrorSchema.safeParse(payload.ok ? payload.value : undefined);
  if (envelope.success) {
    const { code, message, issues, correlationId } = envelope.data.error;
    return new ApiClientError({ status, code, message, issues, correlationId: correlationId ?? headerId });
  }
  // Not our envelope: e.g. a proxy's 502 page while the BFF restarts.
  return new ApiClientError({
    status,
    code: 'INVALID_RESPONSE',
    message: `Unexpected ${status} response`,
    correlationId: headerId,
  });
}
