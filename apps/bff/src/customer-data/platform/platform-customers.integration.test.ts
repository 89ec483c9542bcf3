import {
  createCustomerApiKey,
  listCustomerApiKeys,
  type PlatformCustomersPage,
  platformCustomersPageSchema,
  revokeCustomerApiKey,
} from '@cxc/shared/api/customer-api';
import { getScreenPop } from '@cxc/shared/api/agent-panel';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, mirrorRuntime, simControl } from '../../../test/mirror-runtime.ts';
import { call, failed, ok } from '../../../test/settings-api.ts';
import { type ConnectedStack, startConnectedStack } from '../../../test/start-connected-stack.ts';
import { writeMirrorSettings } from '../store/mirror-settings-store.ts';
import { syncTenant } from '../sync/sync-tenant.ts';

let env: ConnectedStack;
const acme = { tenantId: 'acme' };
const globex = { tenantId: 'globex' };
let acmeKey: string;
let globexKey: string;

const customers = (query: string, key: string | undefined) =>
  env.stack.fetch(`/api/platform/v1/customers${query}`, {
    headers: key === undefined ? {} : { authorization: `Bearer ${key}` },
  });

async function page(query: string, key = acmeKey): Promise<PlatformCustomersPage> {
  const response = await customers(query, key);
  expect(response.status, await response.clone().text()).toBe(200);
  return platformCustomersPageSchema.parse(await response.json());
}

async function refused(query: string, key: string | undefined) {
  const response = await customers(query, key);
  return { status: response.status, error: apiErrorSchema.parse(await response.json()).error };
}

/** Pages from `cursor` on, `limit` at a time, until `hasMore` is false (or `maxPages`). */
async function drain(cursor: string | undefined, limit: number, key = acmeKey, maxPages = 100) {
  const seen: PlatformCustomersPage['customers'] = [];
  let next = cursor;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const answer = await page(`?limit=${limit}${next ? `&cursor=${next}` : ''}`, key);
    seen.push(...answer.customers);
    next = answer.nextCursor;
    if (!answer.hasMore) break;
  }
  return { seen, cursor: next };
}

beforeAll(async () => {
  env = await startConnectedStack({ CUSTOMER_API_RATE_LIMIT_PER_MINUTE: '300' });
  const settings = {
    mode: 'cache' as const,
    modules: ['Leads' as const, 'Contacts' as const, 'Accounts' as const],
    intervalMinutes: 1,
  };
  for (const tenant of ['acme', 'globex']) {
    await writeMirrorSettings(env.stack.pool, tenant, settings, 'test');
    await syncTenant(mirrorRuntime(env.stack), tenant);
  }
  acmeKey = ok(await call(env.acmeAdmin, createCustomerApiKey, acme, { body: { name: 'Platform' } })).secret;
  globexKey = ok(
    await call(env.globexAdmin, createCustomerApiKey, globex, { body: { name: 'Globex' } }),
  ).secret;
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

describe('customer list API keys', () => {
  it('shows the key once, stores only its hash, lists it with its prefix and refuses it once revoked', async () => {
    const created = ok(
      await call(env.acmeAdmin, createCustomerApiKey, acme, { body: { name: '  Nightly import  ' } }),
    );
    expect(created.key.name).toBe('Nightly import');
    expect(created.secret.startsWith(created.key.prefix)).toBe(true);
    const stored = await env.stack.pool.query<{ key_hash: string }>(
      'select key_hash from customer_api_keys where id = $1',
      [created.key.id],
    );
    expect(stored.rows[0]?.key_hash).not.toContain(created.secret);
    const listed = ok(await call(env.acmeAdmin, listCustomerApiKeys, acme));
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(listed.keys.map((k) => k.name)).toContain('Nightly import');

    await page('?limit=1', created.secret);
    const used = ok(await call(env.acmeAdmin, listCustomerApiKeys, acme)).keys.find(
      (k) => k.id === created.key.id,
    );
    expect(used?.lastUsedAt).toEqual(expect.any(String));

    const revoked = ok(await call(env.acmeAdmin, revokeCustomerApiKey, { ...acme, keyId: created.key.id }));
    expect(revoked.revokedAt).toEqual(expect.any(String));
    expect((await refused('', created.secret)).status).toBe(401);
    // Another tenant's admin cannot see or revoke it.
    const other = failed(
      await call(env.globexAdmin, revokeCustomerApiKey, { ...globex, keyId: created.key.id }),
    );
    expect(other.status).toBe(404);
  });

  it('refuses a blank or overlong name with a field error', async () => {
    for (const name of ['   ', 'x'.repeat(81)]) {
      const error = failed(await call(env.acmeAdmin, createCustomerApiKey, acme, { body: { name } }));
      expect(error.status).toBe(400);
      expect(error.issues.map((i) => i.path.join('.'))).toEqual(['name']);
    }
  });
});

describe('GET /api/platform/v1/customers', () => {
  it("pages through exactly the tenant's mirror, with E.164 phones, links and the company placeholder", async () => {
    const { seen } = await drain(undefined, 200);
    // Small pages join up to the same list: nothing skipped, nothing twice.
    const small = await drain(undefined, 3, acmeKey, 10);
    expect(small.seen).toEqual(seen.slice(0, 30));
    const { rows } = await env.stack.pool.query<{ n: number }>(
      `select count(*)::int as n from mirror_records where tenant_id = 'acme' and not deleted`,
    );
    expect(seen).toHaveLength(rows[0]!.n);
    expect(new Set(seen.map((c) => `${c.module}:${c.id}`)).size).toBe(seen.length);
    const jane = seen.find((c) => !c.deleted && c.name === 'Jane Roe');
    expect(jane?.module).toBe('Contacts');
    expect(jane && !jane.deleted ? jane.phones : []).toContain('+14155550100');
    expect(!jane?.deleted && jane?.url).toMatch(/\/crm\/tab\/Contacts\/\d+$/);
    for (const c of seen) {
      if (c.deleted) continue;
      for (const phone of c.phones) expect(phone).toMatch(/^\+[1-9]\d{6,14}$/);
      expect(c.companyMissing ? c.company === 'Unknown company' : c.company.length > 0).toBe(true);
    }
    // Globex's key reads Globex's org only.
    const other = await drain(undefined, 200, globexKey);
    const acmeIds = new Set(seen.map((c) => c.id));
    expect(other.seen.length).toBeGreaterThan(0);
    expect(other.seen.filter((c) => acmeIds.has(c.id))).toEqual([]);
  });

  it('continues from the cursor with what changed since, deletions as tombstones', async () => {
    const start = await drain(undefined, 200);
    const empty = await page(`?cursor=${start.cursor}`);
    expect(empty.customers).toEqual([]);
    expect(empty.nextCursor).toBe(start.cursor);
    const [changed, gone] = start.seen.filter((c) => c.module === 'Leads');
    await simControl(env.sim.baseUrl, '/crm/mass-change', {
      org_id: ACME,
      module: 'Leads',
      ids: [changed!.id],
      set: { Company: 'Renamed GmbH' },
    });
    await simControl(env.sim.baseUrl, '/crm/mass-change', {
      org_id: ACME,
      module: 'Leads',
      ids: [gone!.id],
      delete: true,
    });
    await syncTenant(mirrorRuntime(env.stack), 'acme', { force: true });
    const since = await drain(start.cursor, 1);
    expect(since.seen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: changed!.id, deleted: false, company: 'Renamed GmbH' }),
        { module: 'Leads', id: gone!.id, deleted: true },
      ]),
    );
    expect(since.seen).toHaveLength(2);
    // Globex's list did not move.
    const globexStart = await drain(undefined, 200, globexKey);
    expect(globexStart.seen.map((c) => c.id)).not.toContain(changed!.id);
  });

  it('"Search Zoho now" on a screen pop updates the mirror, and the customer list sends the change', async () => {
    const start = await drain(undefined, 200);
    const jane = start.seen.find((c) => !c.deleted && c.name === 'Jane Roe');
    await simControl(env.sim.baseUrl, '/crm/mass-change', {
      org_id: ACME,
      module: 'Contacts',
      ids: [jane!.id],
      set: { Title: 'Head of Support' },
    });
    const pop = (source?: 'zoho') =>
      call(env.acmeAdmin, getScreenPop, acme, {
        query: { channel: 'calls', phone: '+14155550100', ...(source ? { source } : {}) },
      });
    const cached = ok(await pop());
    expect(cached.answeredFrom).toBe('mirror');
    expect(cached.asOf).toEqual(expect.any(String));
    expect(cached.matches.map((m) => m.name)).toContain('Jane Roe');
    const live = ok(await pop('zoho'));
    expect(live.answeredFrom).toBe('zoho');
    const { rows } = await env.stack.pool.query<{ title: string | null }>(
      `select values->>'Title' as title from mirror_records where tenant_id = 'acme' and zoho_id = $1`,
      [jane!.id],
    );
    expect(rows[0]?.title).toBe('Head of Support');
    const since = await drain(start.cursor, 200);
    expect(since.seen.map((c) => c.id)).toEqual([jane!.id]);
    expect(since.seen[0]).toMatchObject({ deleted: false, name: 'Jane Roe' });
    expect(since.seen[0]?.deleted === false && since.seen[0].modifiedTime).not.toBe(
      !jane?.deleted && jane?.modifiedTime,
    );
  });

  it('answers hostile input with 400 or 401 in the envelope, never a 500', async () => {
    const v1 = (text: string) => Buffer.from(text).toString('base64url');
    for (const query of [
      '?cursor=%00',
      '?cursor=not-a-cursor',
      `?cursor=${v1('v1:-1')}`,
      `?cursor=${v1('v1:99999999999999999999')}`,
      `?cursor=${v1('v2:1')}`,
      `?cursor=${'A'.repeat(65)}`,
      '?cursor=a&cursor=b',
      '?limit=0',
      '?limit=201',
      '?limit=1e3',
      '?limit=%F0%9F%98%80',
      '?cursor[$gt]=1',
      '?sort=name',
    ]) {
      const answer = await refused(query, acmeKey);
      expect(answer.status, query).toBe(400);
      expect(answer.error.issues.length, query).toBeGreaterThan(0);
    }
    const cursorIssue = await refused('?cursor=not-a-cursor', acmeKey);
    expect(cursorIssue.error.issues.map((i) => i.path.join('.'))).toEqual(['cursor']);
    for (const key of [undefined, '', 'x'.repeat(10_000), `${acmeKey}x`, acmeKey.slice(0, -1)]) {
      const answer = await refused('', key);
      expect(answer.status).toBe(401);
      expect(answer.error.message).not.toContain(acmeKey);
    }
    // A session is not a key: the signed-in admin's cookie does not open it.
    const viaSession = await env.acmeAdmin.fetch('/api/platform/v1/customers');
    expect(viaSession.status).toBe(401);
  });

  it("rate-limits per tenant with Retry-After, and one tenant's flood leaves another's budget alone", async () => {
    let limited: Response | undefined;
    // Ten at a time (below the load shedding's gate), until the bucket of 300 a minute is empty.
    for (let round = 0; round < 40 && !limited; round += 1) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => customers('?limit=1', acmeKey)));
      limited = answers.find((r) => r.status === 429);
      await Promise.all(
        answers.filter((r) => r !== limited).map((r) => r.body?.cancel() ?? Promise.resolve()),
      );
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await customers('?limit=1', globexKey)).status).toBe(200);
  }, 120_000);
});
