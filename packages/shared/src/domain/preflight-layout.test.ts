import { describe, expect, it } from 'vitest';
import { preflight, type PreflightInput } from './preflight.ts';
import { defaultSettings, type IntegrationSettings, integrationSettingsSchema } from './settings.ts';
import { GLOBEX_USERS, globexFields } from './testing/globex-org.ts';
import { layoutRequiredOf, type LayoutRequiredByModule, zohoLayoutsResponseSchema } from './zoho-layouts.ts';

function enabled(mutate: (s: IntegrationSettings) => void = () => {}): IntegrationSettings {
  const s = defaultSettings({ defaultCountry: 'DE' });
  s.channels.web_chat.enabled = true;
  s.channels.web_chat.mode = 'automatic';
  mutate(s);
  return integrationSettingsSchema.parse(s);
}

const run = (
  settings: IntegrationSettings,
  layoutRequired: LayoutRequiredByModule,
  extra: Partial<PreflightInput> = {},
) => preflight({ settings, fieldsByModule: globexFields(), users: GLOBEX_USERS, layoutRequired, ...extra });

const LEADS: LayoutRequiredByModule = {
  Leads: {
    status: 'known',
    layout: 'Standard',
    fields: [
      { apiName: 'Company', label: 'Company' },
      { apiName: 'Lead_Source', label: 'Lead Source' },
      { apiName: 'Owner', label: 'Lead Owner' },
    ],
  },
};

const withoutCompany = (s: IntegrationSettings) => {
  s.channels.web_chat.mapping.Leads = s.channels.web_chat.mapping.Leads?.filter(
    (r) => r.zohoField !== 'Company',
  );
};

describe('layout-required fields in preflight', () => {
  it('warns, with the label, for each layout-required field the mapping leaves empty, never blocking', () => {
    const result = run(enabled(withoutCompany), LEADS);
    expect(result.ready).toBe(true);
    const layout = result.problems.filter((p) => p.code === 'layout_required_unmapped');
    // Lead_Source is not in the default mapping either; Owner is set by the connector itself.
    expect(layout.map((p) => p.field)).toEqual(['Company', 'Lead_Source']);
    expect(layout.find((p) => p.field === 'Company')).toEqual({
      severity: 'warning',
      code: 'layout_required_unmapped',
      path: ['channels', 'web_chat', 'mapping', 'Leads'],
      module: 'Leads',
      field: 'Company',
      message: {
        key: 'preflight.layout_required_unmapped',
        params: { module: 'Leads', field: 'Company', label: 'Company', layout: 'Standard' },
      },
    });
  });

  it('says nothing when the field is mapped, the module is only updated, or layouts were not read', () => {
    const mapped = run(enabled(), {
      Leads: { status: 'known', layout: 'Standard', fields: [{ apiName: 'Company', label: 'Company' }] },
    });
    expect(mapped.problems.filter((p) => p.code.startsWith('layout_'))).toEqual([]);
    const contacts = run(
      enabled((s) => (s.channels.web_chat.visitorAs = 'Contacts')),
      {
        Leads: { status: 'known', layout: 'Standard', fields: [{ apiName: 'Company', label: 'Company' }] },
      },
    );
    expect(contacts.problems.filter((p) => p.code === 'layout_required_unmapped')).toEqual([]);
    const none = preflight({
      settings: enabled(withoutCompany),
      fieldsByModule: globexFields(),
      users: GLOBEX_USERS,
    });
    expect(none.problems.filter((p) => p.code.startsWith('layout_'))).toEqual([]);
  });

  it('degrades to one note per module when the layouts are unknown', () => {
    const settings = enabled((s) => {
      withoutCompany(s);
      s.channels.calls.enabled = true;
      s.channels.calls.visitorAs = 'Leads';
    });
    const result = run(settings, {
      Leads: { status: 'unknown', reason: 'scope' },
      Tasks: { status: 'unknown', reason: 'permission' },
      Calls: { status: 'unknown', reason: 'unavailable' },
    });
    expect(result.ready).toBe(true);
    const notes = result.problems.filter((p) => p.severity === 'info');
    expect(notes.map((p) => [p.code, p.module, p.path])).toEqual(
      expect.arrayContaining([
        ['layout_required_unknown_scope', 'Leads', []],
        ['layout_required_unknown', 'Calls', []],
      ]),
    );
    expect(notes.filter((p) => p.module === 'Leads')).toHaveLength(1);
  });
});

describe('layoutRequiredOf', () => {
  it('takes the Standard layout and keeps only what it requires beyond system-mandatory fields', () => {
    const layouts = zohoLayoutsResponseSchema.parse({
      layouts: [
        {
          id: '1',
          name: 'Partner',
          visible: true,
          sections: [{ fields: [{ api_name: 'Partner_Code', field_label: 'Partner code', required: true }] }],
          extra: 'ignored',
        },
        {
          id: '2',
          name: 'Standard',
          visible: true,
          sections: [
            {
              display_label: 'Lead Information',
              fields: [
                { api_name: 'Last_Name', field_label: 'Last Name', system_mandatory: true, required: true },
                { api_name: 'Company', field_label: 'Company', display_label: 'Company', required: true },
                { api_name: 'Email', field_label: 'Email', required: false },
              ],
            },
            { fields: null },
          ],
        },
      ],
    }).layouts;
    expect(layoutRequiredOf(layouts)).toEqual({
      status: 'known',
      layout: 'Standard',
      fields: [{ apiName: 'Company', label: 'Company' }],
    });
    expect(layoutRequiredOf([layouts[0]!])).toMatchObject({
      layout: 'Partner',
      fields: [{ apiName: 'Partner_Code' }],
    });
    expect(layoutRequiredOf([])).toEqual({ status: 'known', layout: '', fields: [] });
  });
});
