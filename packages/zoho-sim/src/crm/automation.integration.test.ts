import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_ORG_ID, type RunningZohoSim } from '../index.ts';
import { CrmClient, type Json, simControl } from './test-support/crm-client.ts';
import { ALL_SCOPES, accessToken, startSim } from './test-support/sim-session.ts';

interface Fired {
  record_id: string;
  operation: string;
  trigger: string[];
  fired: { name: string; kind: string }[];
  lar_id?: string;
  assigned_owner?: string;
}

describe("the org's own automation: trigger and lar_id", () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;
  let token: string;
  let rules: {
    id: string;
    name: string;
    default_assignee: string;
    entries: { assignee: string }[];
    round_robin: string[];
  }[];

  const v21 = (path: string, bearer = token) =>
    fetch(`${sim.dcs.us.api}/crm/v2.1${path}`, { headers: { authorization: `Zoho-oauthtoken ${bearer}` } });
  const fired = async (id: string) =>
    (await simControl(sim, 'GET', `/crm/automation/${ACME_ORG_ID}/fired?record_id=${id}`)).body
      .fired as Fired[];
  async function insert(module: string, record: Json, extra: Json = {}) {
    const res = await alice.post(`/${module}`, { data: [record], ...extra });
    return {
      res,
      id: String(((res.body?.data as Json[] | undefined)?.[0]?.details as Json | undefined)?.id),
    };
  }
  async function owner(id: string): Promise<string> {
    return String((((await alice.get(`/Leads/${id}`)).body?.data as Json[])[0]?.Owner as Json).id);
  }

  beforeAll(async () => {
    sim = await startSim();
    token = await accessToken(sim, 'alice@acme.example', { scope: ALL_SCOPES });
    alice = new CrmClient(sim, token);
    rules = (await simControl(sim, 'GET', `/crm/automation/${ACME_ORG_ID}`)).body
      .assignment_rules as typeof rules;
  });
  afterAll(() => sim.stop());

  it('lists Lead assignment rules at v2.1 (not v2), one by id with module', async () => {
    const all = await v21('/settings/automation/assignment_rules?module=Leads');
    expect(all.status).toBe(200);
    const body = (await all.json()) as { assignment_rules: Json[] };
    expect(body.assignment_rules.map((r) => r.name)).toEqual(['Leads by country', 'Round robin over agents']);
    expect(body.assignment_rules[0]).toMatchObject({
      id: rules[0]?.id,
      module: { api_name: 'Leads' },
      default_assignee: { id: rules[0]?.default_assignee },
    });
    const one = await v21(`/settings/automation/assignment_rules/${rules[1]?.id}?module=Leads`);
    expect(((await one.json()) as { assignment_rules: Json[] }).assignment_rules).toHaveLength(1);
    const noModule = await v21(`/settings/automation/assignment_rules/${rules[1]?.id}`);
    expect([noModule.status, ((await noModule.json()) as Json).code]).toEqual([
      400,
      'REQUIRED_PARAM_MISSING',
    ]);
    expect((await v21('/settings/automation/assignment_rules?module=Deals')).status).toBe(204);
    const v2 = await alice.get('/settings/automation/assignment_rules');
    expect(v2.status).toBe(404);
    const modulesOnly = await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.modules.ALL' });
    expect((await v21('/settings/automation/assignment_rules', modulesOnly)).status).toBe(401);
  });

  it('lar_id assigns the owner by the rule: matching entry, default, round robin', async () => {
    const [byCountry, robin] = rules;
    const german = await insert(
      'Leads',
      { Last_Name: 'Lar DE', Company: 'X', Country: 'germany' },
      { lar_id: byCountry?.id },
    );
    expect(german.res.status).toBe(201);
    expect(await owner(german.id)).toBe(byCountry?.entries[0]?.assignee);
    const french = await insert(
      'Leads',
      { Last_Name: 'Lar FR', Company: 'X', Country: 'France', Owner: { id: '4150868000000225002' } },
      { lar_id: byCountry?.id },
    );
    expect(await owner(french.id)).toBe(byCountry?.default_assignee);
    const owners: string[] = [];
    for (const n of [1, 2, 3])
      owners.push(
        await owner(
          (await insert('Leads', { Last_Name: `RR ${n}`, Company: 'X' }, { lar_id: robin?.id })).id,
        ),
      );
    expect(owners).toEqual(robin?.round_robin.slice(0, 3));
    expect((await fired(german.id))[0]).toMatchObject({
      lar_id: byCountry?.id,
      assigned_owner: byCountry?.entries[0]?.assignee,
    });
    const plain = await insert('Leads', { Last_Name: 'No lar', Company: 'X' });
    expect(await owner(plain.id)).toBe('4150868000000225002');
  });

  it('runs every kind without `trigger`, none with [], only the named ones otherwise', async () => {
    const all = await insert('Leads', { Last_Name: 'All', Company: 'X' });
    expect((await fired(all.id))[0]).toMatchObject({
      operation: 'create',
      trigger: ['workflow', 'approval', 'blueprint'],
      fired: [
        { name: 'Welcome e-mail to new leads', kind: 'workflow' },
        { name: 'Lead qualification', kind: 'blueprint' },
      ],
    });
    const none = await insert('Leads', { Last_Name: 'None', Company: 'X' }, { trigger: [] });
    expect((await fired(none.id))[0]).toMatchObject({ trigger: [], fired: [] });
    const wf = await insert('Leads', { Last_Name: 'WF', Company: 'X' }, { trigger: ['workflow'] });
    expect((await fired(wf.id))[0]?.fired.map((f) => f.kind)).toEqual(['workflow']);
    const edit = await alice.put('/Leads', {
      data: [{ id: wf.id, Lead_Source: 'Chat' }],
      trigger: ['workflow'],
    });
    expect(edit.status).toBe(200);
    expect((await fired(wf.id))[1]).toMatchObject({
      operation: 'edit',
      fired: [{ name: 'Notify owner of chat leads' }],
    });
    const up = await alice.post('/Leads/upsert', {
      data: [{ Last_Name: 'Up', Company: 'X', Email: 'automation.upsert@example.com' }],
      trigger: ['blueprint'],
      lar_id: rules[0]?.id,
    });
    const upId = String(((up.body?.data as Json[])[0]?.details as Json).id);
    expect((await fired(upId))[0]).toMatchObject({ fired: [{ kind: 'blueprint' }], lar_id: rules[0]?.id });
  });

  it('refuses an unknown trigger or lar_id with INVALID_DATA, and writes nothing', async () => {
    const before = (await simControl(sim, 'GET', `/crm/records/${ACME_ORG_ID}/Leads`)).body
      .records as unknown[];
    for (const extra of [
      { trigger: ['bogus'] },
      { trigger: 'workflow' },
      { lar_id: '123' },
      { lar_id: { id: 1 } },
    ]) {
      const { res } = await insert('Leads', { Last_Name: 'Bad', Company: 'X' }, extra);
      expect([res.status, res.body?.code], JSON.stringify(extra)).toEqual([400, 'INVALID_DATA']);
    }
    const after = (await simControl(sim, 'GET', `/crm/records/${ACME_ORG_ID}/Leads`)).body
      .records as unknown[];
    expect(after.length).toBe(before.length);
    const contact = await insert('Contacts', { Last_Name: 'lar ignored' }, { lar_id: '123' });
    expect(contact.res.status).toBe(201);
  });

  it('lets a test replace the org automation; the control API validates it', async () => {
    const current = (await simControl(sim, 'GET', `/crm/automation/${ACME_ORG_ID}`)).body;
    const bad = await simControl(sim, 'PUT', `/crm/automation/${ACME_ORG_ID}`, {
      rules: [{ id: 'x' }],
      assignment_rules: [],
    });
    expect(bad.status).toBe(400);
    const replaced = await simControl(sim, 'PUT', `/crm/automation/${ACME_ORG_ID}`, {
      ...current,
      rules: [],
    });
    expect(replaced.status).toBe(200);
    const quiet = await insert('Leads', { Last_Name: 'Quiet', Company: 'X' });
    expect((await fired(quiet.id))[0]?.fired).toEqual([]);
  });
});
