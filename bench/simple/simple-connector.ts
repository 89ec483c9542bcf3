import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningZohoSim } from '../../packages/zoho-sim/src/index.ts';
import {
  initSdk,
  type SdkRecord,
  type SdkResponse,
  sdk,
} from '../../packages/zoho-sim/src/crm/test-support/zoho-sdk.ts';

const SCOPES =
  'ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ,ZohoSearch.securesearch.READ';

export interface SimpleVisitor {
  name: string;
  email: string;
}

/**
 * Zoho's own Node SDK (v2), set up as a connector built the simple way would be: one OAuth user, no
 * field metadata walked up front. Once per process (the SDK keeps one global initializer).
 */
export async function initSimpleConnector(sim: RunningZohoSim, email: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sdk-'));
  await initSdk(sim, email, SCOPES, dir, { logLevel: 'off' });
  // The SDK redeems the grant code on its first call: concurrent first calls would each try the same
  // code. One call alone first, as a connector's start-up would.
  await searchByEmail('Leads', 'warm-up@bench.example');
}

async function searchByEmail(module: string, email: string): Promise<SdkRecord | undefined> {
  const params = new sdk.ParameterMap();
  await params.add(sdk.SearchRecordsParam.EMAIL, email);
  const found = await new sdk.RecordOperations().searchRecords(module, params, new sdk.HeaderMap());
  if (found.getStatusCode() === 204) return undefined;
  expectStatus(found, 200, `search ${module}`);
  return (found.getObject()?.getData?.() as SdkRecord[] | undefined)?.[0];
}

async function createOne(module: string, record: SdkRecord): Promise<bigint> {
  const body = new sdk.BodyWrapper();
  body.setData([record]);
  const created = await new sdk.RecordOperations().createRecords(module, body);
  expectStatus(created, 201, `create ${module}`);
  const [result] = created.getObject()?.getData?.() as { getDetails(): Map<string, unknown> }[];
  return BigInt(String(result?.getDetails().get('id')));
}

function expectStatus(response: SdkResponse, status: number, what: string): void {
  if (response.getStatusCode() !== status) throw new Error(`${what}: HTTP ${response.getStatusCode()}`);
}

/**
 * One chat visitor the simple way, every call waiting for the one before: search Contacts, search Leads,
 * create a Lead when neither knows the address, then a Task linked to the person.
 */
export async function recordVisitorSimply(visitor: SimpleVisitor): Promise<void> {
  const contact = await searchByEmail('Contacts', visitor.email);
  const lead = contact ? undefined : await searchByEmail('Leads', visitor.email);
  let personId = contact?.getId() ?? lead?.getId();
  const personModule = contact ? 'Contacts' : 'Leads';
  if (personId === undefined) {
    const record = new sdk.Record();
    record.addKeyValue('Last_Name', visitor.name);
    record.addKeyValue('Company', 'Bench Co');
    record.addKeyValue('Email', visitor.email);
    personId = await createOne('Leads', record);
  }
  const person = new sdk.Record() as SdkRecord & { setId(id: bigint): void };
  person.setId(personId);
  const task = new sdk.Record();
  task.addKeyValue('Subject', `Chat with ${visitor.name}`);
  task.addKeyValue('Description', 'Chat transcript');
  task.addKeyValue(personModule === 'Contacts' ? 'Who_Id' : 'What_Id', person);
  if (personModule === 'Leads') task.addKeyValue('$se_module', 'Leads');
  await createOne('Tasks', task);
}
