import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient, simControl } from './test-support/crm-client.ts';
import { errorBody, record, recordList, writeResult, writeSuccess } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

const one = z.strictObject({ data: z.array(record).length(1) });

describe('CRM v2 insert, update, delete, upsert', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(() => sim.stop());

  async function read(module: string, id: string) {
    return one.parse((await alice.get(`/${module}/${id}`)).body).data[0];
  }

  it('insert: 201 with the documented per-record success entry; Owner defaults to the caller', async () => {
    const res = await alice.post('/Leads', {
      data: [{ First_Name: 'Nia', Last_Name: 'Long', Company: 'Long Ltd', Email: 'nia@example.org' }],
    });
    expect(res.status).toBe(201);
    const [entry] = writeResult.parse(res.body).data;
    const ok = writeSuccess.parse(entry);
    expect(ok).toMatchObject({
      code: 'SUCCESS',
      message: 'record added',
      status: 'success',
      details: { Created_By: { name: 'Alice Archer', id: '4150868000000225002' } },
    });
    expect(Object.keys(ok.details).sort()).toEqual([
      'Created_By',
      'Created_Time',
      'Modified_By',
      'Modified_Time',
      'id',
    ]);
    const lead = await read('Leads', ok.details.id);
    expect(lead).toMatchObject({
      Full_Name: 'Nia Long',
      Owner: { id: '4150868000000225002', name: 'Alice Archer', email: 'alice@acme.example' },
    });
  });

  it('per-record errors are index-aligned: 207 for a mixed batch, 400 when all fail', async () => {
    const res = await alice.post('/Leads', {
      data: [
        { Last_Name: 'Fine' },
        { First_Name: 'No last name' },
        { Last_Name: 'X', No_of_Employees: 'many' },
        { Last_Name: 'Y', Email: 'not-an-email' },
      ],
    });
    expect(res.status).toBe(207);
    const data = writeResult.parse(res.body).data;
    expect(data[0]?.status).toBe('success');
    expect(data[1]).toEqual({
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: 'Last_Name' },
      message: 'required field not found',
      status: 'error',
    });
    expect(data[2]).toEqual({
      code: 'INVALID_DATA',
      details: { api_name: 'No_of_Employees', expected_data_type: 'integer' },
      message: 'invalid data',
      status: 'error',
    });
    expect(data[3]).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'Email' } });
    const allBad = await alice.post('/Leads', { data: [{ Company: 'nobody' }] });
    expect(allBad.status).toBe(400);
    expect(writeResult.parse(allBad.body).data[0]?.code).toBe('MANDATORY_NOT_FOUND');
  });

  it('owner and lookup ids are validated', async () => {
    const owner = await alice.post('/Contacts', {
      data: [{ Last_Name: 'Owned', Owner: { id: '4150868000009999999' } }],
    });
    expect(owner.status).toBe(400);
    expect(writeResult.parse(owner.body).data[0]).toMatchObject({
      code: 'INVALID_DATA',
      details: { api_name: 'Owner' },
    });
    const lookup = await alice.post('/Contacts', {
      data: [{ Last_Name: 'Orphan', Account_Name: { id: '1234567000000000001' } }],
    });
    expect(writeResult.parse(lookup.body).data[0]).toMatchObject({
      code: 'INVALID_DATA',
      details: { api_name: 'Account_Name', expected_data_type: 'lookup' },
    });
    const dan = await alice.post('/Contacts', {
      data: [{ Last_Name: 'Handed', Owner: { id: '4150868000000225003' } }],
    });
    const id = writeSuccess.parse(writeResult.parse(dan.body).data[0]).details.id;
    expect((await read('Contacts', id))?.Owner).toEqual({
      name: 'Dan Senior',
      id: '4150868000000225003',
      email: 'dan@acme.example',
    });
  });

  it('What_Id needs $se_module; Who_Id takes a contact or a lead; date-times keep the org zone', async () => {
    const [account] = recordList.parse((await alice.get('/Accounts?per_page=1')).body).data;
    const [lead] = recordList.parse((await alice.get('/Leads?per_page=1')).body).data;
    const missing = await alice.post('/Tasks', { data: [{ Subject: 'x', What_Id: { id: account?.id } }] });
    expect(writeResult.parse(missing.body).data[0]).toEqual({
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: '$se_module' },
      message: 'required field not found',
      status: 'error',
    });
    const res = await alice.post('/Calls', {
      data: [
        {
          Subject: 'Call',
          Call_Type: 'Outbound',
          Call_Start_Time: '2026-03-02T15:04:05Z',
          Call_Duration: '02:30',
          What_Id: { id: account?.id },
          $se_module: 'Accounts',
          Who_Id: { id: lead?.id },
        },
      ],
    });
    expect(res.status).toBe(201);
    const call = await read('Calls', writeSuccess.parse(writeResult.parse(res.body).data[0]).details.id);
    expect(call).toMatchObject({
      Call_Start_Time: '2026-03-02T10:04:05-05:00',
      Call_Duration_in_seconds: 150,
      $se_module: 'Accounts',
      What_Id: { id: account?.id },
      Who_Id: { id: lead?.id },
    });
    const badTime = await alice.post('/Calls', {
      data: [{ Subject: 'c', Call_Type: 'Inbound', Call_Start_Time: 'yesterday', Call_Duration: '01:00' }],
    });
    expect(writeResult.parse(badTime.body).data[0]).toMatchObject({
      details: { api_name: 'Call_Start_Time', expected_data_type: 'datetime' },
    });
  });

  it('at most 100 records per call; a body without data is refused', async () => {
    const many = await alice.post('/Leads', {
      data: Array.from({ length: 101 }, (_, i) => ({ Last_Name: `L${i}` })),
    });
    expect(many.status).toBe(400);
    expect(errorBody.parse(many.body).code).toBe('LIMIT_EXCEEDED');
    const empty = await alice.post('/Leads', {});
    expect(errorBody.parse(empty.body)).toMatchObject({
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: 'data' },
    });
  });

  it('update: bulk and single, 200, Modified_Time moves with the sim clock', async () => {
    const created = writeResult.parse(
      (await alice.post('/Leads', { data: [{ Last_Name: 'Before' }, { Last_Name: 'Other' }] })).body,
    ).data;
    const [a, b] = created.map((e) => writeSuccess.parse(e).details.id);
    await simControl(sim, 'POST', '/clock', { advance_seconds: 120 });
    const bulk = await alice.put('/Leads', {
      data: [
        { id: a, Last_Name: 'After' },
        { id: '1234567000000000001', Last_Name: 'Ghost' },
        { Last_Name: 'No id' },
      ],
    });
    expect(bulk.status).toBe(207);
    const data = writeResult.parse(bulk.body).data;
    expect(data[0]).toMatchObject({ message: 'record updated', status: 'success' });
    expect(data[1]).toMatchObject({ code: 'INVALID_DATA', message: 'the id given seems to be invalid' });
    expect(data[2]).toMatchObject({ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'id' } });
    const after = await read('Leads', String(a));
    expect(after?.Full_Name).toBe('After');
    expect(
      Date.parse(String(after?.Modified_Time)) - Date.parse(String(after?.Created_Time)),
    ).toBeGreaterThanOrEqual(120_000);
    const single = await alice.put(`/Leads/${b}`, { data: [{ Company: 'Single Co' }] });
    expect(single.status).toBe(200);
    expect((await read('Leads', String(b)))?.Company).toBe('Single Co');
    const cleared = await alice.put(`/Leads/${b}`, { data: [{ Last_Name: '' }] });
    expect(writeResult.parse(cleared.body).data[0]).toMatchObject({
      code: 'MANDATORY_NOT_FOUND',
      details: { api_name: 'Last_Name' },
    });
  });

  it('delete ?ids= (≤100), single delete, and /deleted', async () => {
    const ids = writeResult
      .parse(
        (
          await alice.post('/Cases', {
            data: [1, 2, 3].map((n) => ({ Subject: `Case ${n}`, Status: 'New', Case_Origin: 'Web' })),
          })
        ).body,
      )
      .data.map((e) => writeSuccess.parse(e).details.id);
    const res = await alice.delete(`/Cases?ids=${ids[0]},${ids[1]},1234567000000000009`);
    expect(res.status).toBe(207);
    const data = z
      .strictObject({ data: z.array(z.looseObject({ code: z.string(), status: z.string() })) })
      .parse(res.body).data;
    expect(data[0]).toEqual({
      code: 'SUCCESS',
      details: { id: ids[0] },
      message: 'record deleted',
      status: 'success',
    });
    expect(data[2]).toMatchObject({ code: 'INVALID_DATA', details: { id: '1234567000000000009' } });
    expect((await alice.delete(`/Cases/${ids[2]}`)).status).toBe(200);
    expect((await alice.get(`/Cases/${ids[0]}`)).status).toBe(204);
    const deleted = z
      .strictObject({
        data: z.array(
          z.looseObject({
            id: z.string(),
            display_name: z.string().nullable(),
            type: z.string(),
            deleted_time: z.string(),
          }),
        ),
        info: z.unknown(),
      })
      .parse((await alice.get('/Cases/deleted')).body);
    expect(deleted.data.map((d) => d.id).sort()).toEqual([...ids].sort());
    expect(deleted.data.find((d) => d.id === ids[0])).toMatchObject({
      display_name: 'Case 1',
      type: 'recycle',
      deleted_by: { name: 'Alice Archer' },
    });
    expect((await alice.get('/Cases/deleted?type=permanent')).status).toBe(204);
    const tooMany = await alice.delete(
      `/Cases?ids=${Array.from({ length: 101 }, (_, i) => 1000 + i).join(',')}`,
    );
    expect(errorBody.parse(tooMany.body).code).toBe('LIMIT_EXCEEDED');
  });

  it('module scopes: READ cannot write, leads.CREATE cannot touch Contacts', async () => {
    const reader = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.modules.leads.READ' }),
    );
    expect((await reader.get('/Leads?per_page=1')).status).toBe(200);
    const denied = await reader.post('/Leads', { data: [{ Last_Name: 'x' }] });
    expect(denied.status).toBe(401);
    expect(errorBody.parse(denied.body).code).toBe('OAUTH_SCOPE_MISMATCH');
    const creator = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.modules.leads.CREATE' }),
    );
    expect((await creator.post('/Leads', { data: [{ Last_Name: 'x' }] })).status).toBe(201);
    expect((await creator.post('/Contacts', { data: [{ Last_Name: 'x' }] })).status).toBe(401);
  });
});
