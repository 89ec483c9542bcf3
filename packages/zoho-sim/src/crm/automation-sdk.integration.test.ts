import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_ORG_ID, type RunningZohoSim } from '../index.ts';
import { simControl } from './test-support/crm-client.ts';
import { startSim } from './test-support/sim-session.ts';
import { initSdk } from './test-support/zoho-sdk.ts';
import { sdk } from './test-support/zoho-sdk.ts';

const SCOPES = 'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL';

/** Zoho's v2 SDK sends `trigger` and `lar_id` in its BodyWrapper; the simulator honours both. */
describe('@zohocrm/nodejs-sdk-2.0 createRecords with trigger and lar_id', () => {
  let sim: RunningZohoSim;
  const dir = mkdtempSync(join(tmpdir(), 'crm-sdk-automation-'));

  beforeAll(async () => {
    sim = await startSim();
    await initSdk(sim, 'alice@acme.example', SCOPES, dir);
  });
  afterAll(async () => {
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a Lead whose owner comes from the assignment rule and whose workflow alone ran', async () => {
    const config = (await simControl(sim, 'GET', `/crm/automation/${ACME_ORG_ID}`)).body as {
      assignment_rules: { id: string; entries: { assignee: string }[] }[];
    };
    const rule = config.assignment_rules[0];
    const lead = new sdk.Record();
    lead.addKeyValue('Last_Name', 'Sdk-Automation');
    lead.addKeyValue('Company', 'SDK Test Inc.');
    lead.addKeyValue('Country', 'Germany');
    const body = new sdk.BodyWrapper() as InstanceType<typeof sdk.BodyWrapper> & {
      setTrigger(t: string[]): void;
      setLarId(id: string): void;
    };
    body.setData([lead]);
    body.setTrigger(['workflow']);
    body.setLarId(rule?.id ?? '');
    const ops = new sdk.RecordOperations();
    const created = await ops.createRecords('Leads', body);
    expect(created.getStatusCode()).toBe(201);
    const [result] = created.getObject()?.getData?.() as { getDetails(): Map<string, unknown> }[];
    const id = String(result?.getDetails().get('id'));
    const fired = (await simControl(sim, 'GET', `/crm/automation/${ACME_ORG_ID}/fired?record_id=${id}`)).body
      .fired as { trigger: string[]; fired: { kind: string }[]; assigned_owner: string }[];
    expect(fired[0]).toMatchObject({ trigger: ['workflow'], assigned_owner: rule?.entries[0]?.assignee });
    expect(fired[0]?.fired.every((f) => f.kind === 'workflow')).toBe(true);
  });
});
