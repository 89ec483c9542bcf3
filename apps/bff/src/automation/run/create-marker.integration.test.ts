import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConnectedStack,
  simRequests,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { findByMarker, markerOf, withMarker } from './create-marker.ts';

let env: ConnectedStack;
let zoho: ZohoClient;

beforeAll(async () => {
  env = await startConnectedStack();
  zoho = await getZohoClient(env.stack.deps, 'acme');
});
afterAll(() => env.stop());

async function insert(module: 'Tasks' | 'Notes' | 'Leads', payload: Record<string, unknown>) {
  const result = await zoho.insertRecords(module, [payload]);
  const [first] = result.results;
  if (first?.status !== 'success') throw new Error(`insert refused: ${JSON.stringify(first)}`);
  return String(first.details.id);
}

describe('finding the record an uncertain create left at Zoho', () => {
  it('finds a Task by its marker among Tasks of the same Subject, without Description in WHERE', async () => {
    const since = new Date();
    const payload = { Subject: 'Web chat with Ada Lovelace', Description: 'Transcript …' };
    await insert('Tasks', { ...payload, Description: 'Another conversation, same subject' });
    const marker = markerOf('evt-marker-1', 2);
    const id = await insert('Tasks', withMarker('Tasks', payload, marker));
    await insert('Tasks', { ...payload, Description: 'A later one' });

    const { lastSeq } = await simRequests(env.sim);
    expect(await findByMarker(zoho, { module: 'Tasks', marker, payload, since })).toBe(id);
    const { requests } = await simRequests(env.sim, lastSeq);
    expect(requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual(['POST /us/api/crm/v2/coql']);
  });

  it('finds nothing for a create that never reached Zoho, or one from before the write began', async () => {
    const payload = { Last_Name: "O'Hara", Company: 'Hara & Co' };
    const marker = markerOf('evt-marker-2', 1);
    expect(await findByMarker(zoho, { module: 'Leads', marker, payload, since: new Date() })).toBeUndefined();

    await insert('Leads', withMarker('Leads', payload, marker));
    const later = new Date(Date.now() + 60 * 60_000);
    expect(await findByMarker(zoho, { module: 'Leads', marker, payload, since: later })).toBeUndefined();
    expect(await findByMarker(zoho, { module: 'Leads', marker, payload, since: new Date() })).toMatch(
      /^\d+$/,
    );
  });

  it("finds a Note through its parent's notes (COQL does not read Notes)", async () => {
    const leadId = await insert('Leads', { Last_Name: 'Parent', Company: 'Notes Inc' });
    const payload = { Parent_Id: leadId, se_module: 'Leads', Note_Content: 'Meeting report' };
    await insert('Notes', { ...payload, Note_Content: 'Meeting report' });
    const marker = markerOf('evt-marker-3', 3);
    const id = await insert('Notes', withMarker('Notes', payload, marker));

    const since = new Date();
    expect(await findByMarker(zoho, { module: 'Notes', marker, payload, since })).toBe(id);
    const other = markerOf('evt-marker-3', 4);
    expect(await findByMarker(zoho, { module: 'Notes', marker: other, payload, since })).toBeUndefined();
  });
});
