import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { startSim } from './test-support/sim-session.ts';
import { initSdk, type SdkRecord, sdk } from './test-support/zoho-sdk.ts';

const SCOPES =
  'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ,ZohoSearch.securesearch.READ';

/**
 * The yardstick: Zoho's own Node SDK for API v2, pointed at the simulator with a custom Environment,
 * must authenticate, load module and field metadata, read, write and search without tripping.
 */
describe('@zohocrm/nodejs-sdk-2.0 against the simulator', () => {
  let sim: RunningZohoSim;
  const dir = mkdtempSync(join(tmpdir(), 'crm-sdk-'));

  beforeAll(async () => {
    sim = await startSim();
    // autoRefreshFields makes the SDK walk /settings/modules and every module's /settings/fields.
    await initSdk(sim, 'alice@acme.example', SCOPES, dir, { autoRefreshFields: true });
  });

  afterAll(async () => {
    await sim.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads Leads, inserts one and reads it back', async () => {
    const ops = new sdk.RecordOperations();
    const list = await ops.getRecords('Leads', new sdk.ParameterMap(), new sdk.HeaderMap());
    expect(list.getStatusCode()).toBe(200);
    const leads = list.getObject()?.getData?.() as SdkRecord[];
    expect(leads).toHaveLength(200);
    expect(typeof leads[0]?.getKeyValue('Last_Name')).toBe('string');

    const lead = new sdk.Record();
    lead.addKeyValue('Last_Name', 'Sdk-Fidelity');
    lead.addKeyValue('First_Name', 'Zed');
    lead.addKeyValue('Company', 'SDK Test Inc.');
    lead.addKeyValue('Email', 'zed.sdk@example.com');
    lead.addKeyValue('Phone', '+1 415 555 0177');
    const body = new sdk.BodyWrapper();
    body.setData([lead]);
    const created = await ops.createRecords('Leads', body);
    expect(created.getStatusCode()).toBe(201);
    const [result] = created.getObject()?.getData?.() as {
      getStatus(): { getValue(): string };
      getDetails(): Map<string, unknown>;
    }[];
    expect(result?.getStatus().getValue()).toBe('success');
    const id = BigInt(String(result?.getDetails().get('id')));

    const read = await ops.getRecord(id, 'Leads', new sdk.ParameterMap(), new sdk.HeaderMap());
    expect(read.getStatusCode()).toBe(200);
    const [back] = read.getObject()?.getData?.() as SdkRecord[];
    expect(back?.getId()).toBe(id);
    expect(back?.getKeyValue('Full_Name')).toBe('Zed Sdk-Fidelity');
    expect(back?.getKeyValue('Created_Time')).toBeInstanceOf(Date);
    const owner = back?.getKeyValue('Owner') as { getEmail(): string };
    expect(owner.getEmail()).toBe('alice@acme.example');
  });

  it('searches by email and by phone', async () => {
    const params = new sdk.ParameterMap();
    await params.add(sdk.SearchRecordsParam.EMAIL, 'jane.roe@example.com');
    const found = await new sdk.RecordOperations().searchRecords('Contacts', params, new sdk.HeaderMap());
    expect(found.getStatusCode()).toBe(200);
    const [jane] = found.getObject()?.getData?.() as SdkRecord[];
    expect(jane?.getKeyValue('Phone')).toBe('+1 (415) 555-0100');
    const account = jane?.getKeyValue('Account_Name') as SdkRecord;
    expect(account.getKeyValue('name')).toBe('Roe & Partners LLC');

    const byPhone = new sdk.ParameterMap();
    await byPhone.add(sdk.SearchRecordsParam.PHONE, '4155550134');
    const john = await new sdk.RecordOperations().searchRecords('Contacts', byPhone, new sdk.HeaderMap());
    const [doe] = john.getObject()?.getData?.() as SdkRecord[];
    expect(doe?.getKeyValue('Full_Name')).toBe('John Doe');
  });

  it("keeps Zoho's '+' quirk: the SDK encodes with encodeURI, so a '+' arrives as a space and finds nothing", async () => {
    const params = new sdk.ParameterMap();
    await params.add(sdk.SearchRecordsParam.PHONE, '+1 (415) 555-0100');
    const found = await new sdk.RecordOperations().searchRecords('Contacts', params, new sdk.HeaderMap());
    expect(found.getStatusCode()).toBe(204);
  });

  it('reads the Leads layouts through the SDK models (Layout, Section, Field)', async () => {
    const response = await new sdk.LayoutsOperations('Leads').getLayouts();
    expect(response.getStatusCode()).toBe(200);
    type SdkField = { getAPIName(): string; getFieldLabel(): string };
    type SdkLayout = {
      getName(): string;
      getSections(): { getName(): string; getFields(): SdkField[] }[];
    };
    const [layout] = (response.getObject() as unknown as { getLayouts(): SdkLayout[] }).getLayouts();
    expect(layout?.getName()).toBe('Standard');
    const fields = layout?.getSections().flatMap((section) => section.getFields()) ?? [];
    expect(fields.find((field) => field.getAPIName() === 'Company')?.getFieldLabel()).toBe('Company');
  });
});
