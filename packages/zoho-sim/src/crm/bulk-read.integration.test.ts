import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACME_ORG_ID, type RunningZohoSim } from '../index.ts';
import { BulkClient, parseCsv } from './test-support/bulk-client.ts';
import { CrmClient, simControl } from './test-support/crm-client.ts';
import { type Hook, startHook } from './test-support/hook-server.ts';
import { ALL_SCOPES, accessToken, startSim } from './test-support/sim-session.ts';

const BULK_SCOPES = `${ALL_SCOPES},ZohoCRM.bulk.READ`;

async function storedCount(sim: RunningZohoSim, module: string): Promise<number> {
  const { body } = await simControl(sim, 'GET', `/crm/records/${ACME_ORG_ID}/${module}`);
  return (body.records as unknown[]).length;
}

describe('Bulk Read API (/crm/bulk/v2/read)', () => {
  let sim: RunningZohoSim;
  let bulk: BulkClient;
  let crm: CrmClient;
  let hook: Hook;

  beforeAll(async () => {
    sim = await startSim();
    hook = await startHook();
    const token = await accessToken(sim, 'zoho-admin@acme.example', { scope: BULK_SCOPES });
    bulk = new BulkClient(sim, token);
    crm = new CrmClient(sim, token);
  });
  afterAll(async () => {
    await sim.stop();
    await hook.close();
  });
  beforeEach(async () => {
    await simControl(sim, 'POST', '/crm/bulk-read', {
      queued_ms: 0,
      per_page: 200_000,
      fail_next: 0,
      max_active_jobs: 10,
    });
  });

  it('creates a job (201 ADDED), completes it and serves a zip holding <job id>.csv with every record', async () => {
    const res = await bulk.create({ query: { module: 'Contacts' } });
    expect(res.status).toBe(201);
    const created = (res.body?.data as Record<string, unknown>[])[0];
    expect(created).toMatchObject({
      status: 'success',
      code: 'ADDED_SUCCESSFULLY',
      message: 'Added successfully.',
    });
    const details = created?.details as Record<string, unknown>;
    expect(details).toMatchObject({ operation: 'read', state: 'ADDED', created_by: { name: 'Zara Admin' } });
    expect(details.created_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    const id = String(details.id);
    const job = await bulk.settle(id);
    const count = await storedCount(sim, 'Contacts');
    expect(job).toMatchObject({
      id,
      operation: 'read',
      state: 'COMPLETED',
      query: { module: 'Contacts', page: 1 },
      file_type: 'csv',
      result: {
        page: 1,
        per_page: 200_000,
        count,
        download_url: `/crm/bulk/v2/read/${id}/result`,
        more_records: false,
      },
    });
    const { headers, files } = await bulk.download(id);
    expect(headers.get('content-type')).toBe('application/zip');
    expect(headers.get('content-disposition')).toBe(`attachment; filename="${id}.zip"`);
    expect([...files.keys()]).toEqual([`${id}.csv`]);
    const rows = parseCsv(files.get(`${id}.csv`) ?? '');
    expect(rows[0]?.[0]).toBe('id');
    expect(rows[0]).toContain('Email');
    expect(rows[0]).toContain('Modified_Time');
    expect(rows.length - 1).toBe(count);
    const ids = rows.slice(1).map((r) => BigInt(r[0] ?? '0'));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);
  });

  it('exports only the named fields (id first, lookups as ids, dotted lookup fields) and keeps hostile text intact', async () => {
    const nasty = 'Ünïcödé, "quoted"\nnew line\u202e';
    const made = await crm.post('/Contacts', {
      data: [{ Last_Name: nasty, Email: 'bulk.hostile@example.com' }],
    });
    expect(made.status).toBe(201);
    const id = await bulk.start({
      query: {
        module: 'Contacts',
        fields: ['Last_Name', 'Email', 'Owner', 'Owner.email', 'Account_Name.Account_Name'],
        criteria: { api_name: 'Email', comparator: 'equal', value: 'BULK.HOSTILE@example.com' },
      },
    });
    expect((await bulk.settle(id)).result).toMatchObject({ count: 1, more_records: false });
    const rows = parseCsv((await bulk.download(id)).files.get(`${id}.csv`) ?? '');
    expect(rows[0]).toEqual([
      'id',
      'Last_Name',
      'Email',
      'Owner',
      'Owner.email',
      'Account_Name.Account_Name',
    ]);
    expect(rows[1]).toEqual([
      expect.stringMatching(/^\d{19}$/),
      nasty,
      'bulk.hostile@example.com',
      '4150868000000225001',
      'zoho-admin@acme.example',
      '',
    ]);
  });

  it('filters with groups, datetime and `in` criteria, as incremental exports do', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const id = await bulk.start({
      query: {
        module: 'Contacts',
        fields: ['Email'],
        criteria: {
          group_operator: 'and',
          group: [
            { api_name: 'Modified_Time', comparator: 'greater_equal', value: since },
            {
              api_name: 'Email',
              comparator: 'in',
              value: ['bulk.hostile@example.com', 'nobody@example.com'],
            },
          ],
        },
      },
    });
    const job = await bulk.settle(id);
    expect(job.result).toMatchObject({ count: 1 });
  });

  it('pages: page n holds records n·per_page … in id order, more_records tells whether another page exists', async () => {
    await simControl(sim, 'POST', '/generate', { org_id: ACME_ORG_ID, module: 'Leads', count: 2_500 });
    const total = await storedCount(sim, 'Leads');
    await simControl(sim, 'POST', '/crm/bulk-read', { per_page: 1_000 });
    const pages: string[][] = [];
    for (const page of [1, 2, 3]) {
      const id = await bulk.start({ query: { module: 'Leads', fields: ['Last_Name'], page } });
      const job = await bulk.settle(id);
      const expected = Math.min(1_000, total - (page - 1) * 1_000);
      expect(job.result).toMatchObject({
        page,
        per_page: 1_000,
        count: expected,
        more_records: page * 1_000 < total,
      });
      const rows = parseCsv((await bulk.download(id)).files.get(`${id}.csv`) ?? '');
      pages.push(rows.slice(1).map((r) => r[0] ?? ''));
    }
    const all = pages.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(Math.min(total, 3_000));
  });

  it('posts the job to the callback URL when it completes, and when it fails', async () => {
    const ok = await bulk.start({
      callback: { url: hook.url, method: 'post' },
      query: { module: 'Accounts' },
    });
    await simControl(sim, 'POST', '/crm/bulk-read', { fail_next: 1 });
    const bad = await bulk.start({
      callback: { url: `${hook.url}?x=1`, method: 'post' },
      query: { module: 'Deals' },
    });
    const received = await hook.waitFor(2);
    const byId = new Map(received.map((r) => [r.job_id, r]));
    expect(byId.get(ok)).toMatchObject({
      job_id: ok,
      operation: 'read',
      state: 'COMPLETED',
      query: { module: 'Accounts', page: 1 },
      result: { page: 1, download_url: `/crm/bulk/v2/read/${ok}/result`, more_records: false },
    });
    expect(byId.get(bad)).toMatchObject({ job_id: bad, state: 'FAILURE' });
    expect(byId.get(bad)?.result).toBeUndefined();
    expect((await bulk.job(bad)).state).toBe('FAILURE');
    expect((await bulk.call('GET', `/${bad}/result`)).status).toBe(404);
  });

  it('charges 50 credits per job, 1 per status read and download', async () => {
    const used = async () =>
      Number((await simControl(sim, 'GET', `/crm/limits/${ACME_ORG_ID}`)).body.creditsUsed);
    const before = await used();
    const id = await bulk.start({ query: { module: 'Cases' } });
    expect((await used()) - before).toBe(50);
    await bulk.settle(id);
    const polled = await used();
    await bulk.download(id);
    expect((await used()) - polled).toBe(1);
  });

  it('limits active jobs per org and downloads per minute with 429, and has no result before completion', async () => {
    await simControl(sim, 'POST', '/crm/bulk-read', { queued_ms: 600_000, max_active_jobs: 1 });
    const waiting = await bulk.start({ query: { module: 'Contacts' } });
    expect((await bulk.job(waiting)).state).toBe('ADDED');
    expect((await bulk.call('GET', `/${waiting}/result`)).body).toMatchObject({ code: 'RESOURCE_NOT_FOUND' });
    const refused = await bulk.create({ query: { module: 'Contacts' } });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 'error' });
    await simControl(sim, 'POST', '/crm/bulk-read', {
      queued_ms: 0,
      max_active_jobs: 2,
      downloads_per_minute: 2,
    });
    // A fresh one-minute window: earlier tests downloaded too.
    await simControl(sim, 'POST', '/clock', { advance_seconds: 61 });
    const id = await bulk.start({ query: { module: 'Contacts' } });
    await bulk.settle(id);
    await bulk.download(id);
    await bulk.download(id);
    expect((await bulk.call('GET', `/${id}/result`)).status).toBe(429);
    await simControl(sim, 'POST', '/clock', { advance_seconds: 61 });
    expect((await bulk.download(id)).files.size).toBe(1);
  });
});
