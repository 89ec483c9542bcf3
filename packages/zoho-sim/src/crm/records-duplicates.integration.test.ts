import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient } from './test-support/crm-client.ts';
import { errorBody, writeResult, writeSuccess } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

describe('CRM v2 duplicate checks: upsert and unique fields', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(() => sim.stop());

  it('Email is not unique: inserts never fail on it; upsert matches on duplicate_check_fields', async () => {
    const twice = await alice.post('/Contacts', {
      data: [{ Last_Name: 'Twin', Email: 'jane.roe@example.com' }],
    });
    expect(twice.status).toBe(201);
    const up = await alice.post('/Leads/upsert', {
      data: [
        { Last_Name: 'Becker', Company: 'Becker Logistik AG', Email: 'KLAUS.BECKER@example.de' },
        { Last_Name: 'Brand New', Email: 'brand.new@example.com' },
      ],
      duplicate_check_fields: ['Email'],
    });
    expect(up.status).toBe(200);
    const data = writeResult.parse(up.body).data;
    expect(data[0]).toMatchObject({ action: 'update', duplicate_field: 'Email', message: 'record updated' });
    expect(data[1]).toMatchObject({ action: 'insert', duplicate_field: null, message: 'record added' });
    const bad = await alice.post('/Leads/upsert', {
      data: [{ Last_Name: 'x' }],
      duplicate_check_fields: ['Phone'],
    });
    expect(errorBody.parse(bad.body)).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'Phone' } });
    expect(errorBody.parse((await alice.post('/Tasks/upsert', { data: [{ Subject: 't' }] })).body).code).toBe(
      'NOT_SUPPORTED',
    );
  });

  it('DUPLICATE_DATA on a unique field (Acme enables it for Accounts.Account_Number)', async () => {
    const res = await alice.post('/Accounts', {
      data: [
        { Account_Name: 'Uniq One', Account_Number: 'AC-1' },
        { Account_Name: 'Uniq Two', Account_Number: 'ac-1' },
      ],
    });
    expect(res.status).toBe(207);
    const [first, second] = writeResult.parse(res.body).data;
    expect(second).toEqual({
      code: 'DUPLICATE_DATA',
      details: { api_name: 'Account_Number', id: writeSuccess.parse(first).details.id },
      message: 'duplicate data',
      status: 'error',
    });
  });
});
