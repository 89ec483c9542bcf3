import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_ORG_ID, type RunningZohoSim } from '../index.ts';
import { CrmClient, type Json, simControl } from './test-support/crm-client.ts';
import { ALL_SCOPES, accessToken, startSim } from './test-support/sim-session.ts';

/** An admin adds and deletes a custom field in Setup; the API's metadata and writes follow. */
describe('custom fields through the control API', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example', { scope: ALL_SCOPES }));
  });
  afterAll(() => sim.stop());

  const fieldNames = async (module: string) =>
    ((await alice.get(`/settings/fields?module=${module}`)).body?.fields as Json[]).map((f) => f.api_name);

  it('a deleted field leaves the metadata and the records, and a write naming it is refused', async () => {
    const added = await simControl(sim, 'POST', `/crm/fields/${ACME_ORG_ID}/Calls`, {
      api_name: 'Call_Outcome',
      field_label: 'Call outcome',
    });
    expect(added.status).toBe(201);
    expect(await fieldNames('Calls')).toContain('Call_Outcome');
    const call = {
      Subject: 'Quote',
      Call_Type: 'Inbound',
      Call_Start_Time: '2024-05-01T11:00:00+00:00',
      Call_Duration: '03:05',
      Call_Outcome: 'Interested',
    };
    const created = await alice.post('/Calls', { data: [call] });
    expect(created.status).toBe(201);
    const id = String(((created.body?.data as Json[])[0]?.details as Json).id);

    const deleted = await simControl(sim, 'DELETE', `/crm/fields/${ACME_ORG_ID}/Calls/Call_Outcome`);
    expect(deleted.status).toBe(204);
    expect(await fieldNames('Calls')).not.toContain('Call_Outcome');
    expect((await alice.get(`/Calls/${id}`)).body?.data).toEqual([
      expect.not.objectContaining({ Call_Outcome: expect.anything() as unknown }),
    ]);

    const refused = await alice.put(`/Calls/${id}`, { data: [{ Call_Outcome: 'Busy' }] });
    expect(refused.status).toBe(400);
    expect((refused.body?.data as Json[])[0]).toEqual({
      code: 'INVALID_DATA',
      details: { api_name: 'Call_Outcome' },
      message: 'invalid data',
      status: 'error',
    });
    // A key the org never had is still ignored, as before.
    expect((await alice.put(`/Calls/${id}`, { data: [{ Never_Had_This: 'x' }] })).status).toBe(200);
  });

  it('a standard field cannot be deleted, and an unknown one is not found', async () => {
    expect((await simControl(sim, 'DELETE', `/crm/fields/${ACME_ORG_ID}/Calls/Subject`)).status).toBe(400);
    expect((await simControl(sim, 'DELETE', `/crm/fields/${ACME_ORG_ID}/Calls/Nope`)).status).toBe(404);
    expect((await simControl(sim, 'DELETE', `/crm/fields/${ACME_ORG_ID}/Nope/Subject`)).status).toBe(404);
  });
});
