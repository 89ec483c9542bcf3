import { request } from 'node:http';
import { CSRF_HEADER } from '@cxc/shared/api/errors';
import { testConnection } from '@cxc/shared/api/zoho-connection';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { spawnBff, type BffProcess } from '../../test/spawn-bff.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { connectBySelfClient } from '../../test/zoho-flow.ts';
import { sim, simCursor, simRequests } from '../../test/zoho-sim-control.ts';

/**
 * One fresh connection per call (no keep-alive): a pooled socket the server closes while the client
 * reuses it would fail a call for reasons that have nothing to do with what is tested.
 */
function postJson(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.end(body);
  });
}

let stack: TestStack;
let admin: SignedInClient;
const nodes: BffProcess[] = [];

beforeAll(async () => {
  stack = await startTestStack({ zohoSim: true });
  admin = await signIn(stack, 'admin@acme.example');
  await connectBySelfClient(stack, admin, { userEmail: 'zoho-admin@acme.example', dataCenterId: 'sim-us' });
  // Two more BFF processes on the same database: no memory shared with each other or with this one.
  const env = { ZOHO_RETRY_BASE_MS: '20', ZOHO_MAX_RETRIES: '8' };
  nodes.push(...(await Promise.all([spawnBff(stack, env), spawnBff(stack, env)])));
}, 120_000);
afterAll(async () => {
  await Promise.all(nodes.map((node) => node.stop()));
  await stack.stop();
});

it('50 concurrent calls with an expired access token across two processes cause exactly one refresh', async () => {
  // Zoho's clock moves an hour: every stored access token is now expired there (our row still looks fresh,
  // so each call meets 401 INVALID_TOKEN — the hardest case: nobody refreshed ahead of time).
  await sim(stack, 'POST', '/clock', { advance_seconds: 3600 });
  const since = await simCursor(stack);
  const path = testConnection.path.replace(':tenantId', 'acme');
  const calls = Array.from({ length: 50 }, async (_, index) => {
    const node = nodes[index % 2];
    if (!node) throw new Error('no node');
    const url = `${node.baseUrl}${path}`;
    const response = await postJson(url, '{}', {
      origin: node.baseUrl,
      cookie: `${stack.cookieNames.session}=${admin.sessionId}`,
      [CSRF_HEADER]: admin.csrfToken,
    });
    await stack.recorder.recordBody(url, new Response(response.text));
    return { status: response.status, body: JSON.parse(response.text) as { ok: boolean; error: unknown } };
  });
  const results = await Promise.all(calls);
  expect(results.filter((result) => result.status !== 200 || !result.body.ok)).toEqual([]);
  const refreshes = await simRequests(stack, { since, grant_type: 'refresh_token' });
  expect(refreshes.requests).toHaveLength(1);
  const rejected = (await simRequests(stack, { since, host: 'api' })).requests.filter(
    (entry) => entry.status === 401,
  );
  expect(rejected.length).toBeGreaterThan(0);
  await stack.registerZohoSecrets();
});
