import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient } from './test-support/crm-client.ts';
import { errorBody, info, zonedTime } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

const userShape = z.looseObject({
  id: z.string(),
  email: z.string(),
  full_name: z.string(),
  status: z.string(),
  profile: z.strictObject({ name: z.string(), id: z.string() }),
  role: z.strictObject({ name: z.string(), id: z.string() }),
  time_zone: z.string(),
});
const usersShape = z.strictObject({ users: z.array(userShape), info });
const fieldShape = z.looseObject({
  api_name: z.string(),
  data_type: z.string(),
  json_type: z.string(),
  system_mandatory: z.boolean(),
  custom_field: z.boolean(),
  read_only: z.boolean(),
  length: z.number(),
  id: z.string(),
  pick_list_values: z.array(
    z.strictObject({
      display_value: z.string(),
      sequence_number: z.number(),
      actual_value: z.string(),
      maps: z.array(z.unknown()),
    }),
  ),
  lookup: z.record(z.string(), z.unknown()),
  unique: z.record(z.string(), z.unknown()),
});
const fieldsShape = z.strictObject({ fields: z.array(fieldShape) });
const moduleShape = z.looseObject({
  api_name: z.string(),
  api_supported: z.boolean(),
  generated_type: z.string(),
  modified_time: zonedTime,
  id: z.string(),
});

describe('CRM v2 metadata: org, users, modules, fields', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;
  let admin: CrmClient;
  let carol: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
    admin = new CrmClient(sim, await accessToken(sim, 'zoho-admin@acme.example'));
    carol = new CrmClient(sim, await accessToken(sim, 'carol@globex.example', { dc: 'eu' }), 'eu');
  });
  afterAll(() => sim.stop());

  it('GET /org returns the org as a one-element array', async () => {
    const res = await alice.get('/org');
    expect(res.status).toBe(200);
    const body = z
      .strictObject({ org: z.array(z.looseObject({ company_name: z.string() })).length(1) })
      .parse(res.body);
    expect(body.org[0]).toMatchObject({
      company_name: 'Acme Corp',
      zgid: '700100100',
      time_zone: 'America/New_York',
      currency: 'USD',
      iso_code: 'USD',
    });
  });

  it('GET /users filters by type and carries profile and role per membership', async () => {
    const all = usersShape.parse((await alice.get('/users?type=AllUsers')).body);
    expect(all.users.map((u) => u.email).sort()).toEqual([
      'alice@acme.example',
      'dan@acme.example',
      'multi@consult.example',
      'zoho-admin@acme.example',
    ]);
    expect(all.info).toEqual({ per_page: 200, count: 4, page: 1, more_records: false });
    const me = usersShape.parse((await alice.get('/users?type=CurrentUser')).body);
    expect(me.users).toHaveLength(1);
    expect(me.users[0]).toMatchObject({
      email: 'alice@acme.example',
      full_name: 'Alice Archer',
      status: 'active',
      profile: { name: 'Standard' },
      role: { name: 'Support Agent' },
    });
    const admins = usersShape.parse((await alice.get('/users?type=AdminUsers')).body);
    expect(admins.users.map((u) => u.email).sort()).toEqual([
      'multi@consult.example',
      'zoho-admin@acme.example',
    ]);
    const active = usersShape.parse((await alice.get('/users?type=ActiveUsers&per_page=2&page=2')).body);
    expect(active.info).toEqual({ per_page: 2, count: 2, page: 2, more_records: false });
    // The consultant is an Administrator in Acme but Standard in Globex.
    const globex = usersShape.parse((await carol.get('/users?type=AllUsers')).body);
    expect(globex.users.find((u) => u.email === 'multi@consult.example')?.profile.name).toBe('Standard');
  });

  it('GET /users/{id} returns one user; a bad type is INVALID_DATA', async () => {
    const res = await alice.get('/users/4150868000000225003');
    expect(usersShape.omit({ info: true }).parse(res.body).users[0]?.email).toBe('dan@acme.example');
    const bad = await alice.get('/users?type=Everyone');
    expect(bad.status).toBe(400);
    expect(errorBody.parse(bad.body).code).toBe('INVALID_DATA');
  });

  it('GET /settings/modules lists API-supported modules and honours If-Modified-Since', async () => {
    const res = await alice.get('/settings/modules');
    const modules = z.strictObject({ modules: z.array(moduleShape) }).parse(res.body).modules;
    expect(modules.map((m) => m.api_name)).toEqual([
      'Leads',
      'Contacts',
      'Accounts',
      'Deals',
      'Cases',
      'Tasks',
      'Calls',
      'Notes',
    ]);
    expect(modules.every((m) => m.api_supported && m.generated_type === 'default')).toBe(true);
    const later = await alice.get('/settings/modules', { 'If-Modified-Since': '2099-01-01T00:00:00+00:00' });
    expect(later.status).toBe(304);
    expect(later.text).toBe('');
    const earlier = await alice.get('/settings/modules', {
      'If-Modified-Since': '2000-01-01T00:00:00+00:00',
    });
    expect(earlier.status).toBe(200);
    const one = await alice.get('/settings/modules/Contacts');
    expect(
      z.strictObject({ modules: z.array(moduleShape).length(1) }).parse(one.body).modules[0]?.api_name,
    ).toBe('Contacts');
  });

  it('GET /settings/fields describes standard and custom fields the way the SDK parses them', async () => {
    const leads = fieldsShape.parse((await alice.get('/settings/fields?module=Leads')).body).fields;
    const by = (name: string) => leads.find((f) => f.api_name === name);
    expect(by('Last_Name')).toMatchObject({
      data_type: 'text',
      json_type: 'string',
      system_mandatory: true,
      custom_field: false,
      length: 80,
    });
    expect(by('Email')).toMatchObject({ data_type: 'email', system_mandatory: false });
    expect(by('Phone')).toMatchObject({ data_type: 'phone', length: 30 });
    expect(by('Full_Name')).toMatchObject({ read_only: true });
    expect(by('No_of_Employees')).toMatchObject({ data_type: 'integer', json_type: 'integer' });
    expect(by('Email_Opt_Out')).toMatchObject({ data_type: 'boolean', json_type: 'boolean' });
    expect(by('Owner')).toMatchObject({ data_type: 'ownerlookup', json_type: 'jsonobject' });
    expect(by('Created_Time')).toMatchObject({ data_type: 'datetime', read_only: true });
    expect(by('Lead_Status')?.pick_list_values[0]).toEqual({
      display_value: '-None-',
      sequence_number: 1,
      actual_value: '-None-',
      maps: [],
    });
    for (const utm of [
      'rs_utm_source',
      'rs_utm_medium',
      'rs_utm_campaign',
      'rs_utm_term',
      'rs_utm_content',
      'rs_google_client_id',
    ]) {
      expect(by(utm)).toMatchObject({ custom_field: true, data_type: 'text' });
    }
    const contacts = fieldsShape.parse((await alice.get('/settings/fields?module=Contacts')).body).fields;
    expect(contacts.find((f) => f.api_name === 'Account_Name')).toMatchObject({
      data_type: 'lookup',
      lookup: { module: 'Accounts' },
    });
    const calls = fieldsShape.parse((await alice.get('/settings/fields?module=Calls')).body).fields;
    expect(calls.find((f) => f.api_name === 'What_Id')?.lookup).toMatchObject({ module: 'se_module' });
  });

  it('the UTM custom fields exist in Acme only', async () => {
    const globex = fieldsShape.parse((await carol.get('/settings/fields?module=Leads')).body).fields;
    expect(globex.some((f) => f.api_name.startsWith('rs_'))).toBe(false);
  });

  it('field metadata errors: module missing or unknown', async () => {
    const missing = await alice.get('/settings/fields');
    expect(missing.status).toBe(400);
    expect(errorBody.parse(missing.body).code).toBe('REQUIRED_PARAM_MISSING');
    const unknown = await alice.get('/settings/fields?module=Spaceships');
    expect(unknown.status).toBe(400);
    expect(errorBody.parse(unknown.body)).toMatchObject({
      code: 'INVALID_MODULE',
      details: { resource_path_index: 0 },
    });
  });

  it('settings writes: NO_PERMISSION for a Standard profile, read access for everyone', async () => {
    const denied = await alice.put('/settings/modules/Leads', { modules: [{ singular_label: 'Prospect' }] });
    expect(denied.status).toBe(403);
    expect(errorBody.parse(denied.body)).toMatchObject({
      code: 'NO_PERMISSION',
      details: { permissions: ['Crm_Implied_Customize_Zoho_CRM'] },
    });
    const usersWrite = await alice.post('/users', { users: [{ email: 'x@acme.example' }] });
    expect(usersWrite.status).toBe(403);
    const asAdmin = await admin.put('/settings/modules/Leads', { modules: [{ singular_label: 'Prospect' }] });
    expect(errorBody.parse(asAdmin.body).code).toBe('INVALID_REQUEST_METHOD');
  });

  it('each metadata route needs its own scope', async () => {
    const modulesOnly = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.modules.ALL' }),
    );
    for (const path of ['/settings/fields?module=Leads', '/settings/modules', '/users', '/org']) {
      const res = await modulesOnly.get(path);
      expect(res.status).toBe(401);
      expect(errorBody.parse(res.body).code).toBe('OAUTH_SCOPE_MISMATCH');
    }
    const narrow = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.settings.fields.READ' }),
    );
    expect((await narrow.get('/settings/fields?module=Leads')).status).toBe(200);
    expect((await narrow.get('/settings/modules')).status).toBe(401);
  });
});
