import { buildPath } from '@cxc/shared/api/contract';
import { apiErrorSchema, CSRF_HEADER, ERROR_STATUS } from '@cxc/shared/api/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { routes } from './index.ts';

import { MATRIX, PERSONAS, type Persona } from './access-matrix-cases.ts';

let stack: TestStack;
const clients = new Map<Persona, SignedInClient>();

beforeAll(async () => {
  stack = await startTestStack();
  for (const [persona, email] of Object.entries(PERSONAS))
    clients.set(persona as Persona, await signIn(stack, email));
});
afterAll(async () => {
  await stack.stop();
});

function send(
  persona: Persona,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const init: RequestInit = { method, headers: { accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const client = clients.get(persona);
  return client ? client.fetch(path, init) : stack.fetch(path, init);
}

it('covers every route of the registry, and nothing else', () => {
  const registered = routes.map((route) => `${route.endpoint.method} ${route.endpoint.path}`).sort();
  expect(Object.keys(MATRIX).sort()).toEqual(registered);
});

describe.each(routes.map((route) => [`${route.endpoint.method} ${route.endpoint.path}`, route] as const))(
  '%s',
  (key, route) => {
    const cases = MATRIX[key] ?? [];
    const rows = cases.flatMap((c) =>
      Object.entries(c.expect).map(
        ([persona, status]) =>
          [persona as Persona, buildPath(route.endpoint.path, c.params), status, c] as const,
      ),
    );
    it.each(rows)('%s %s → %i', async (persona, path, status, matrixCase) => {
      const response = await send(persona, route.endpoint.method, path, matrixCase.body);
      expect(response.status, `${persona} ${path}`).toBe(status);
      const body: unknown = await response.json();
      if (status < 300) {
        expect(route.endpoint.response.safeParse(body).success).toBe(true);
      } else {
        const envelope = apiErrorSchema.parse(body);
        expect(ERROR_STATUS[envelope.error.code]).toBe(status);
        expect(envelope.error.correlationId).toBe(response.headers.get('x-request-id'));
      }
      // Mutating routes must also refuse an allowed caller who leaves out the CSRF token.
      if (status < 300 && route.endpoint.method !== 'GET') {
        const refused = await send(persona, route.endpoint.method, path, matrixCase.body, {
          [CSRF_HEADER]: 'wrong',
        });
        expect(refused.status).toBe(403);
      }
    });
  },
);

describe('answers', () => {
  it('lists Zoho CRM as not connected for the tenant admin', async () => {
    const response = await send('acmeAdmin', 'GET', '/api/tenants/acme/integrations', undefined);
    expect(await response.json()).toEqual({
      integrations: [{ id: 'zoho-crm', name: 'Zoho CRM', status: 'not_connected' }],
    });
  });

  it('lists the tenants known from sign-ins to the system administrator', async () => {
    const response = await send('sysadmin', 'GET', '/api/system/tenants', undefined);
    const { tenants } = (await response.json()) as {
      tenants: { id: string; name: string; createdAt: string }[];
    };
    expect(tenants.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'acme', name: 'Acme Corp' },
      { id: 'globex', name: 'Globex GmbH' },
    ]);
    expect(Number.isNaN(Date.parse(tenants[0]?.createdAt ?? ''))).toBe(false);
  });

  it('makes a 404 for another tenant indistinguishable from a tenant that does not exist', async () => {
    const other = await (
      await send('acmeAdmin', 'GET', '/api/tenants/globex/integrations', undefined)
    ).json();
    const missing = await (
      await send('acmeAdmin', 'GET', '/api/tenants/no-such-tenant/integrations', undefined)
    ).json();
    const strip = (body: unknown) => ({ ...(body as { error: object }).error, correlationId: undefined });
    expect(strip(other)).toEqual(strip(missing));
  });
});
