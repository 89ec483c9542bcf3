import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { startTestStack, type TestStack } from '../../test/start-test-stack.ts';
import { connectBySelfClient, getConnection } from '../../test/zoho-flow.ts';
import { sim, simCursor, simRequests } from '../../test/zoho-sim-control.ts';
import { REFRESH_LIMIT } from '../tokens/refresh-access-token.ts';
import { getZohoClient } from './get-zoho-client.ts';
import type { ZohoClient } from './zoho-client.ts';
import { ZohoNotConnectedError, ZohoThrottledError, ZohoUnreachableError } from './zoho-errors.ts';

let stack: TestStack;
let admin: SignedInClient;
let zoho: ZohoClient;

beforeAll(async () => {
  stack = await startTestStack({ zohoSim: true, env: { ZOHO_HTTP_TIMEOUT_MS: '2000' } });
  admin = await signIn(stack, 'admin@acme.example');
  await connectBySelfClient(stack, admin, { userEmail: 'zoho-admin@acme.example', dataCenterId: 'sim-us' });
});
// One client per use case, as features do: each test starts from the stored token.
beforeEach(async () => {
  zoho = await getZohoClient(stack.deps, 'acme');
});
afterEach(async () => {
  await sim(stack, 'DELETE', '/faults');
});
afterAll(async () => {
  await stack.stop();
});

const apiCalls = async (since: string) =>
  (await simRequests(stack, { since, host: 'api' })).requests.map(
    (entry) => `${entry.method} ${entry.path.split('?')[0]} ${entry.status}`,
  );
const refreshesSince = async (since: string) =>
  (await simRequests(stack, { since, grant_type: 'refresh_token' })).requests.length;

describe('tokens', () => {
  it('on 401 INVALID_TOKEN refreshes once and retries', async () => {
    await sim(stack, 'POST', '/clock', { advance_seconds: 3600 });
    const since = await simCursor(stack);
    expect((await zoho.org()).company_name).toBe('Acme Corp');
    expect(await apiCalls(since)).toEqual(['GET /us/api/crm/v2/org 401', 'GET /us/api/crm/v2/org 200']);
    expect(await refreshesSince(since)).toBe(1);
    // The new token is stored: a fresh client uses it without another refresh.
    const next = await simCursor(stack);
    await (await getZohoClient(stack.deps, 'acme')).org();
    expect(await refreshesSince(next)).toBe(0);
    await stack.registerZohoSecrets();
    expect((await getConnection(admin, 'acme')).token?.lastRefreshAt).not.toBeNull();
  });

  it('refreshes ahead of expiry, so no call meets an expired token', async () => {
    // Our row says the token expires within the margin (time passed): the refresh comes first.
    await stack.pool.query(
      "update zoho_tokens set access_token_expires_at = now() + interval '60 seconds' where tenant_id = 'acme'",
    );
    const since = await simCursor(stack);
    await (await getZohoClient(stack.deps, 'acme')).org();
    expect(await refreshesSince(since)).toBe(1);
    expect(await apiCalls(since)).toEqual(['GET /us/api/crm/v2/org 200']);
    await stack.registerZohoSecrets();
  });

  it("reports Zoho's refresh throttle as throttled, on the card too", async () => {
    await sim(stack, 'POST', '/clock', { advance_seconds: 3600 });
    await sim(stack, 'POST', '/faults', { fail_next: 1, fail_next_status: 429, target: 'accounts' });
    const client = await getZohoClient(stack.deps, 'acme');
    await expect(client.org()).rejects.toBeInstanceOf(ZohoThrottledError);
    expect((await getConnection(admin, 'acme')).token?.lastError).toMatchObject({ code: 'throttled' });
    expect((await client.org()).company_name).toBe('Acme Corp');
    await stack.registerZohoSecrets();
  });

  it('refuses a client for a tenant that is not connected', async () => {
    await expect(getZohoClient(stack.deps, 'globex')).rejects.toBeInstanceOf(ZohoNotConnectedError);
  });
});

describe('retries', () => {
  it('backs off on 429 and then succeeds', async () => {
    await sim(stack, 'POST', '/faults', { fail_next: 2, fail_next_status: 429, target: 'api' });
    const since = await simCursor(stack);
    const users = await zoho.users();
    expect(users.map((user) => user.email)).toContain('zoho-admin@acme.example');
    expect(await apiCalls(since)).toEqual([
      'GET /us/api/crm/v2/users 429',
      'GET /us/api/crm/v2/users 429',
      'GET /us/api/crm/v2/users 200',
    ]);
  });

  it('retries reads on 5xx, and gives up after the configured attempts with a clear error', async () => {
    await sim(stack, 'POST', '/faults', { fail_next: 2, fail_next_status: 500, target: 'api' });
    const since = await simCursor(stack);
    expect((await zoho.fields('Leads')).map((field) => field.api_name)).toContain('Last_Name');
    expect(await apiCalls(since)).toHaveLength(3);

    await sim(stack, 'POST', '/faults', { fail_next: 10, fail_next_status: 500, target: 'api' });
    const failing = await simCursor(stack);
    const error = await zoho.org().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZohoUnreachableError);
    expect((error as ZohoUnreachableError).message).toContain('HTTP 500 INTERNAL_ERROR after 4 attempt(s)');
    expect(await apiCalls(failing)).toHaveLength(stack.config.zoho.maxRetries + 1);
  });

  it('does not repeat a write that may have reached Zoho', async () => {
    await sim(stack, 'POST', '/faults', { fail_next: 1, fail_next_status: 500, target: 'api' });
    const since = await simCursor(stack);
    await expect(zoho.insertRecords('Leads', [{ Last_Name: 'Not retried' }])).rejects.toBeInstanceOf(
      ZohoUnreachableError,
    );
    expect(await apiCalls(since)).toEqual(['POST /us/api/crm/v2/Leads 500']);
  });

  it('answers zoho_unreachable during an outage, a dropped connection, or a timeout', async () => {
    await sim(stack, 'POST', '/faults', { outage: true, target: 'api' });
    await expect(zoho.org()).rejects.toMatchObject({ zohoCode: 'zoho_unreachable' });
    await sim(stack, 'POST', '/faults', { outage_mode: 'reset' });
    await expect(zoho.org()).rejects.toMatchObject({ zohoCode: 'zoho_unreachable', reason: 'network error' });
    await sim(stack, 'DELETE', '/faults');
    await sim(stack, 'POST', '/faults', { latency_ms: 4000, target: 'api' });
    await expect(zoho.insertRecords('Leads', [{ Last_Name: 'Slow' }])).rejects.toMatchObject({
      reason: 'timed out',
    });
  });
});

describe('answers', () => {
  it('surfaces per-record results of a 207 and of an all-failed 400', async () => {
    const mixed = await zoho.insertRecords('Leads', [
      { Last_Name: 'Per-record OK' },
      { First_Name: 'No last name' },
    ]);
    expect(mixed.httpStatus).toBe(207);
    expect(mixed.results[0]).toMatchObject({ status: 'success', code: 'SUCCESS' });
    expect(mixed.results[1]).toEqual({
      status: 'error',
      code: 'MANDATORY_NOT_FOUND',
      message: expect.any(String) as string,
      details: { api_name: 'Last_Name' },
    });
    const failed = await zoho.insertRecords('Leads', [{ First_Name: 'Still no last name' }]);
    expect(failed.httpStatus).toBe(400);
    expect(failed.results.map((result) => result.code)).toEqual(['MANDATORY_NOT_FOUND']);
    const id = String(mixed.results[0]?.details.id);
    expect((await zoho.getRecord('Leads', id))?.Last_Name).toBe('Per-record OK');
    const deleted = await zoho.deleteRecords('Leads', [id]);
    expect(deleted.results.map((result) => result.status)).toEqual(['success']);
  });

  it('reads searches, COQL, 204 and 304', async () => {
    const { records } = await zoho.search('Contacts', { email: 'jane.roe@example.com' });
    expect(records.map((record) => record.Last_Name)).toEqual(['Roe']);
    expect((await zoho.search('Contacts', { phone: '+1 (415) 555-0100' })).records).toHaveLength(1);
    expect(await zoho.search('Contacts', { email: 'nobody@nowhere.example' })).toEqual({
      records: [],
      moreRecords: false,
    });
    expect(await zoho.getRecord('Leads', '4150868000999999999')).toBeUndefined();
    const coql = await zoho.coql("select Last_Name from Contacts where Email = 'jane.roe@example.com'");
    expect(coql.records.map((record) => record.Last_Name)).toEqual(['Roe']);
    const unchanged = await zoho.get('/Leads', { ifModifiedSince: new Date('2100-01-01T00:00:00Z') });
    expect(unchanged).toEqual({ status: 304, data: undefined, notModified: true });
    await expect(zoho.get('/NoSuchModule')).rejects.toMatchObject({
      zohoCode: 'INVALID_MODULE',
      httpStatus: 400,
    });
  });

  it('counts the credits Zoho charged this connection', async () => {
    const charged = (await simRequests(stack, { host: 'api' })).requests
      .filter((entry) => entry.orgId === ACME_ORG_ID)
      .reduce((sum, entry) => sum + entry.credits, 0);
    expect(charged).toBeGreaterThan(5);
    expect((await getConnection(admin, 'acme')).creditsUsed24h).toBe(charged);
  });
});

describe('attachments', () => {
  const janeRoe = async () => {
    const { records } = await zoho.search('Contacts', { email: 'jane.roe@example.com' });
    return records[0]?.id ?? '';
  };
  const listed = async (id: string) =>
    ((await zoho.get(`/Contacts/${id}/Attachments`)).data as { data: Record<string, unknown>[] }).data;

  it('uploads a file as multipart `file` and a link as `attachmentUrl`, one credit each', async () => {
    const id = await janeRoe();
    const since = await simCursor(stack);
    const file = await zoho.uploadAttachment('Contacts', id, {
      file: { name: 'transcript.txt', contentType: 'text/plain', data: Buffer.from('hello zoho') },
    });
    expect(file.id).toMatch(/^\d{19}$/);
    const link = await zoho.uploadAttachment('Contacts', id, {
      url: 'https://files.example/recording.mp3',
      name: 'Call recording',
    });
    expect(link.id).not.toBe(file.id);
    expect(await apiCalls(since)).toEqual([
      `POST /us/api/crm/v2/Contacts/${id}/Attachments 200`,
      `POST /us/api/crm/v2/Contacts/${id}/Attachments 200`,
    ]);
    const [newest, previous] = await listed(id);
    expect(newest).toMatchObject({ id: link.id, File_Name: 'Call recording', $type: 'Link URL' });
    expect(previous).toMatchObject({ id: file.id, File_Name: 'transcript.txt', Size: '10' });
  });

  it("throws Zoho's refusal (413 FILE_SIZE_MORE_THAN_ALLOWED_SIZE, DUPLICATE_DATA) as ZohoApiError", async () => {
    const id = await janeRoe();
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    await expect(
      zoho.uploadAttachment('Contacts', id, { file: { name: 'big.bin', contentType: 'x/y', data: big } }),
    ).rejects.toMatchObject({ httpStatus: 413, zohoCode: 'FILE_SIZE_MORE_THAN_ALLOWED_SIZE' });
    await expect(
      zoho.uploadAttachment('Contacts', id, { url: 'https://files.example/recording.mp3' }),
    ).rejects.toMatchObject({ zohoCode: 'DUPLICATE_DATA' });
  });

  it('retries an upload after 429, never after a 5xx that may have stored it', async () => {
    const id = await janeRoe();
    const data = Buffer.from('retry me');
    await sim(stack, 'POST', '/faults', { fail_next: 1, fail_next_status: 429, target: 'api' });
    const since = await simCursor(stack);
    await zoho.uploadAttachment('Contacts', id, { file: { name: 'a.txt', contentType: 'text/plain', data } });
    expect(await apiCalls(since)).toHaveLength(2);
    await sim(stack, 'POST', '/faults', { fail_next: 1, fail_next_status: 500, target: 'api' });
    const failing = await simCursor(stack);
    await expect(
      zoho.uploadAttachment('Contacts', id, { file: { name: 'b.txt', contentType: 'text/plain', data } }),
    ).rejects.toBeInstanceOf(ZohoUnreachableError);
    expect(await apiCalls(failing)).toEqual([`POST /us/api/crm/v2/Contacts/${id}/Attachments 500`]);
  });
});

it(`stops refreshing at ${REFRESH_LIMIT} refreshes in 10 minutes instead of hammering Zoho`, async () => {
  const count = async () =>
    (
      await stack.pool.query<{ n: number }>(
        "select count(*)::int as n from zoho_token_refreshes where tenant_id = 'acme'",
      )
    ).rows[0]?.n ?? 0;
  while ((await count()) < REFRESH_LIMIT) {
    await sim(stack, 'POST', '/clock', { advance_seconds: 3600 });
    await zoho.org();
  }
  await stack.registerZohoSecrets();
  await sim(stack, 'POST', '/clock', { advance_seconds: 3600 });
  const since = await simCursor(stack);
  await expect(zoho.org()).rejects.toBeInstanceOf(ZohoThrottledError);
  expect(await refreshesSince(since)).toBe(0);
  expect((await getConnection(admin, 'acme')).status).toBe('connected');
});
