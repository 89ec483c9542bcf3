import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RunningZohoSim } from '../index.ts';
import { CrmClient } from './test-support/crm-client.ts';
import { errorBody, writeResult, zohoId, zonedTime } from './test-support/shapes.ts';
import { accessToken, startSim } from './test-support/sim-session.ts';

const layoutField = z.looseObject({
  api_name: z.string(),
  field_label: z.string(),
  data_type: z.string(),
  system_mandatory: z.boolean(),
  required: z.boolean(),
  id: zohoId,
});
const section = z.strictObject({
  display_label: z.string(),
  sequence_number: z.number(),
  isSubformSection: z.boolean(),
  tab_traversal: z.number(),
  api_name: z.string(),
  column_count: z.number(),
  name: z.string(),
  generated_type: z.string(),
  fields: z.array(layoutField),
  properties: z.null(),
});
const layout = z.strictObject({
  created_time: zonedTime,
  convert_mapping: z.record(z.string(), z.null()).optional(),
  modified_time: zonedTime,
  visible: z.boolean(),
  created_for: z.null(),
  name: z.string(),
  modified_by: z.null(),
  profiles: z.array(z.strictObject({ default: z.boolean(), name: z.string(), id: zohoId })),
  id: zohoId,
  created_by: z.null(),
  sections: z.array(section),
  status: z.number(),
});
const layoutsShape = z.strictObject({ layouts: z.array(layout) });

const required = (l: z.infer<typeof layout>) =>
  l.sections.flatMap((s) => s.fields.filter((f) => f.required).map((f) => f.api_name));

describe('CRM v2 layouts: GET /settings/layouts and Layout.id on writes', () => {
  let sim: RunningZohoSim;
  let alice: CrmClient;

  beforeAll(async () => {
    sim = await startSim();
    alice = new CrmClient(sim, await accessToken(sim, 'alice@acme.example'));
  });
  afterAll(() => sim.stop());

  it('serves the Standard layout with its sections; Leads requires Company besides Last_Name', async () => {
    const res = await alice.get('/settings/layouts?module=Leads');
    expect(res.status).toBe(200);
    const [leads] = layoutsShape.parse(res.body).layouts;
    expect(leads?.name).toBe('Standard');
    expect(leads?.sections.map((s) => s.name)).toEqual(['Lead Information', 'Description Information']);
    expect(required(leads!)).toEqual(['Last_Name', 'Company']);
    const company = leads!.sections[0]!.fields.find((f) => f.api_name === 'Company');
    expect(company).toMatchObject({ field_label: 'Company', system_mandatory: false, required: true });

    const contacts = layoutsShape.parse((await alice.get('/settings/layouts?module=Contacts')).body);
    expect(required(contacts.layouts[0]!)).toEqual(['Last_Name']);
    const one = await alice.get(`/settings/layouts/${leads!.id}?module=Leads`);
    expect(layoutsShape.parse(one.body).layouts[0]?.id).toBe(leads!.id);
  });

  it('answers Zoho errors for a missing or unknown module, Notes, an unknown id and a missing scope', async () => {
    const missing = await alice.get('/settings/layouts');
    expect([missing.status, errorBody.parse(missing.body).code]).toEqual([400, 'REQUIRED_PARAM_MISSING']);
    for (const module of ['Nope', 'Notes']) {
      const res = await alice.get(`/settings/layouts?module=${module}`);
      expect([res.status, errorBody.parse(res.body).code]).toEqual([400, 'INVALID_MODULE']);
    }
    const unknown = await alice.get('/settings/layouts/123?module=Leads');
    expect(errorBody.parse(unknown.body).code).toBe('INVALID_DATA');

    const fieldsOnly = new CrmClient(
      sim,
      await accessToken(sim, 'alice@acme.example', { scope: 'ZohoCRM.settings.fields.READ' }),
    );
    const refused = await fieldsOnly.get('/settings/layouts?module=Leads');
    expect([refused.status, errorBody.parse(refused.body).code]).toEqual([401, 'OAUTH_SCOPE_MISMATCH']);
    for (const scope of ['ZohoCRM.settings.layouts.READ', 'ZohoCRM.settings.READ', 'ZohoCRM.settings.ALL']) {
      const ok = new CrmClient(sim, await accessToken(sim, 'alice@acme.example', { scope }));
      expect((await ok.get('/settings/layouts?module=Leads')).status).toBe(200);
    }
  });

  it('enforces layout-required fields only when the write names Layout.id', async () => {
    const leads = layoutsShape.parse((await alice.get('/settings/layouts?module=Leads')).body).layouts[0]!;
    const plain = await alice.post('/Leads', { data: [{ Last_Name: 'Without Company' }] });
    expect(plain.status).toBe(201);

    const withLayout = await alice.post('/Leads', {
      data: [
        { Last_Name: 'Layout No Company', Layout: { id: leads.id } },
        { Last_Name: 'Layout With Company', Company: 'Acme', Layout: { id: leads.id } },
        { Last_Name: 'Other Layout', Company: 'Acme', Layout: { id: '1' } },
      ],
    });
    expect(withLayout.status).toBe(207);
    const [noCompany, ok, other] = writeResult.parse(withLayout.body).data;
    expect(noCompany).toMatchObject({ code: 'MANDATORY_NOT_FOUND', details: { api_name: 'Company' } });
    expect(ok).toMatchObject({ code: 'SUCCESS' });
    expect(other).toMatchObject({ code: 'INVALID_DATA', details: { api_name: 'Layout' } });
  });
});
