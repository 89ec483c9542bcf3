import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint } from '@cxc/shared/api/contract';
import { getMe } from '@cxc/shared/api/session';
import { listIntegrations } from '@cxc/shared/api/tenants';
import { errorBody, integrationsBody, meBody } from '@/testing/fixtures';
import { stubFetch } from '@/testing/fetch-stub';
import { apiRequest } from './api-client';
import { ApiClientError } from './api-error';
import { createQueryClient } from './query-client';
import { meQueryKey } from './session-cache';

// A mutating endpoint of the same shape as the shared ones; the shared package has none yet.
const renameTenant = defineEndpoint({
  method: 'PATCH',
  path: '/api/tenants/:tenantId',
  params: z.object({ tenantId: z.string() }),
  body: z.object({ name: z.string().min(1) }),
  response: z.object({ ok: z.literal(true) }),
});

async function rejectionOf(promise: Promise<unknown>): Promise<ApiClientError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiClientError);
  return error as ApiClientError;
}

describe('apiRequest', () => {
  it('builds the path from params and returns the body parsed by the response schema', async () => {
    const stub = stubFetch({ 'GET /api/tenants/acme%20eu/integrations': { body: integrationsBody() } });

    const data = await apiRequest(listIntegrations, { params: { tenantId: 'acme eu' } });

    expect(data).toEqual(integrationsBody());
    const [request] = stub.requests;
    expect(request?.credentials).toBe('same-origin');
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(request?.headers.get('x-csrf-token')).toBeNull();
  });

  it("encodes the query parsed by the endpoint's query schema", async () => {
    const searchTenants = defineEndpoint({
      method: 'GET',
      path: '/api/system/tenants',
      query: z.object({
        q: z.string().optional(),
        page: z.number().int().default(1),
        tag: z.array(z.string()),
      }),
      response: z.object({ tenants: z.array(z.object({ id: z.string() })) }),
    });
    const stub = stubFetch({ 'GET /api/system/tenants': { body: { tenants: [] } } });

    await apiRequest(searchTenants, { query: { q: 'a&b', tag: ['x', 'y'] } });

    expect(new URL(stub.requests[0]?.url ?? '').search).toBe('?q=a%26b&page=1&tag=x&tag=y');
  });

  it('sends JSON with the CSRF token of the cached session on a mutating request', async () => {
    const stub = stubFetch({ 'PATCH /api/tenants/acme': { body: { ok: true } } });
    const client = createQueryClient();
    client.setQueryData(meQueryKey, meBody('tenant_admin'));

    await apiRequest(renameTenant, { params: { tenantId: 'acme' }, body: { name: 'Acme' }, client });

    const [request] = stub.requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.headers.get('x-csrf-token')).toBe('csrf-tenant_admin');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(await request?.json()).toEqual({ name: 'Acme' });
  });

  it('throws the parsed error envelope with status, code, issues and correlation id', async () => {
    stubFetch({
      'PATCH /api/tenants/acme': {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'name is too long',
            issues: [{ path: ['name'], message: 'Too long', code: 'too_big' }],
            correlationId: 'corr-400',
          },
        },
      },
    });

    const error = await rejectionOf(
      apiRequest(renameTenant, {
        params: { tenantId: 'acme' },
        body: { name: 'x' },
        client: createQueryClient(),
      }),
    );

    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'name is too long',
      correlationId: 'corr-400',
      issues: [{ path: ['name'], message: 'Too long', code: 'too_big' }],
    });
  });

  it('reports a 401 as UNAUTHENTICATED', async () => {
    const { status, body } = errorBody('UNAUTHENTICATED');
    stubFetch({ 'GET /api/me': { status, body } });

    const error = await rejectionOf(apiRequest(getMe));

    expect(error.status).toBe(401);
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('treats a 2xx body that breaks the response schema as an error', async () => {
    stubFetch({ 'GET /api/me': { body: { user: { sub: 'u1' }, csrfToken: 'x' } } });

    const error = await rejectionOf(apiRequest(getMe));

    expect(error.code).toBe('INVALID_RESPONSE');
    expect(error.status).toBe(200);
  });

  it('treats a non-JSON answer (an HTML page) as an invalid response', async () => {
    stubFetch({ 'GET /api/me': { text: '<!doctype html><title>console</title>' } });

    const error = await rejectionOf(apiRequest(getMe));

    expect(error.code).toBe('INVALID_RESPONSE');
  });

  it('keeps the status of a non-envelope error response', async () => {
    stubFetch({ 'GET /api/me': { status: 502, text: 'Bad Gateway' } });

    const error = await rejectionOf(apiRequest(getMe));

    expect(error).toMatchObject({ status: 502, code: 'INVALID_RESPONSE', correlationId: undefined });
  });

  it('falls back to the x-request-id header when the envelope has no correlation id', async () => {
    const { status, body } = errorBody('INTERNAL');
    stubFetch({ 'GET /api/me': { status, body, headers: { 'x-request-id': 'req-123' } } });

    const error = await rejectionOf(apiRequest(getMe));

    expect(error).toMatchObject({ status: 500, code: 'INTERNAL', correlationId: 'req-123' });
  });

  it('turns an unreachable server into NETWORK_ERROR with status 0', async () => {
    stubFetch({});

    const error = await rejectionOf(apiRequest(getMe));

    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
