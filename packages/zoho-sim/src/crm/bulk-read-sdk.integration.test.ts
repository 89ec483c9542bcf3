import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { parseCsv, unzip } from './test-support/bulk-client.ts';
import { simControl } from './test-support/crm-client.ts';
import { startSim } from './test-support/sim-session.ts';
import { bulkSdk } from './test-support/zoho-sdk-bulk.ts';
import { initSdk } from './test-support/zoho-sdk.ts';

const SCOPES = 'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.bulk.READ';

/** Zoho's own v2 SDK creates a job, polls it and downloads the zip from the simulator. */
describe('@zohocrm/nodejs-sdk-2.0 BulkReadOperations against the simulator', () => {
  let sim: RunningZohoSim;
  const dir = mkdtempSync(join(tmpdir(), 'crm-sdk-bulk-'));

  beforeAll(async () => {
    sim = await startSim();
    await simControl(sim, 'POST', '/crm/bulk-read', { queued_ms: 0 });
    await initSdk(sim, 'alice@acme.example', SCOPES, dir);
  });
  afterAll(async () => {
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates, polls and downloads a job through the SDK', async () => {
    const ops = new bulkSdk.Operations();
    const query = new bulkSdk.Query();
    query.setModule('Leads');
    query.setFields(['Last_Name', 'Email']);
    query.setPage(1);
    const criteria = new bulkSdk.Criteria();
    criteria.setAPIName('Last_Name');
    criteria.setComparator(new bulkSdk.Choice('not_equal'));
    criteria.setValue('${EMPTY}');
    query.setCriteria(criteria);
    const request = new bulkSdk.RequestWrapper();
    request.setQuery(query);
    const created = await ops.createBulkReadJob(request);
    expect(created.getStatusCode()).toBe(201);
    const action = (created.getObject().getData?.() as { getDetails(): Map<string, unknown> }[])[0];
    const id = action?.getDetails().get('id') as bigint;
    expect(typeof id).toBe('bigint');

    let state = '';
    let result: Record<string, (...args: unknown[]) => unknown> | undefined;
    for (let i = 0; i < 500 && state !== 'COMPLETED'; i += 1) {
      const details = await ops.getBulkReadJobDetails(id);
      expect(details.getStatusCode()).toBe(200);
      const job = (details.getObject().getData?.() as Record<string, () => unknown>[])[0];
      state = (job?.getState?.() as { getValue(): string }).getValue();
      result = job?.getResult?.() as typeof result;
      if (state !== 'COMPLETED') await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(state).toBe('COMPLETED');
    const count = result?.getCount?.() as number;
    expect(count).toBeGreaterThan(0);
    expect(result?.getMoreRecords?.()).toBe(false);

    const file = await ops.downloadResult(id);
    expect(file.getStatusCode()).toBe(200);
    const stream = file.getObject().getFile?.() as { getName(): string; getStream(): Buffer };
    expect(stream.getName()).toBe(`${String(id)}.zip`);
    const files = await unzip(Buffer.from(stream.getStream()));
    const rows = parseCsv(files.get(`${String(id)}.csv`) ?? '');
    expect(rows[0]).toEqual(['id', 'Last_Name', 'Email']);
    expect(rows.length - 1).toBe(count);
  });
});
