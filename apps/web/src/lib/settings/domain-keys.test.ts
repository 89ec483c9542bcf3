import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { sentZohoFieldSchema } from '@cxc/shared/api/settings';
import { preflight } from '@cxc/shared/domain/preflight';
import { defaultSettings, integrationSettingsSchema } from '@cxc/shared/domain/settings';
import { SOURCE_FIELDS } from '@cxc/shared/domain/source-fields';
import { settingsEn } from './locales/en';
import { FIELDS, USERS } from '@/testing/settings/settings-fixtures';
import { issueKey } from './issue-key';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { settings: settingsEn } }, initAsync: false });
const known = (key: string) => i18n.exists(key, { ns: 'settings' });

/** Settings that break every cross-field rule of the domain at least once. */
function brokenSettings(): unknown {
  const s = defaultSettings();
  const chat = s.channels.web_chat;
  chat.enabled = true;
  chat.visitorAs = 'Contacts';
  chat.conversationAs = ['Tasks', 'Tasks'];
  chat.createDeal = { enabled: true };
  chat.rules = [
    {
      id: 'a',
      name: 'A',
      enabled: true,
      trigger: 'call.ended',
      conditions: [],
      writes: { person: true, activities: true, deal: false },
    },
    {
      id: 'a',
      name: 'B',
      enabled: true,
      trigger: 'chat.ended',
      conditions: [
        { kind: 'call_status', op: 'in', values: ['missed'] },
        { kind: 'field', path: 'call.queue', op: 'equals' },
      ],
      writes: { person: true, activities: true, deal: true },
    },
    {
      id: 'bad id!',
      name: 'C',
      enabled: true,
      trigger: 'chat.ended',
      conditions: [],
      writes: { person: true, activities: true, deal: false },
    },
  ];
  s.channels.calls.createDeal = { enabled: false };
  s.channels.calls.rules[0]!.writes.deal = true;
  chat.mapping.Leads = [
    { zohoField: 'Email', source: { kind: 'field', path: 'visitor.email' } },
    { zohoField: 'Email', source: { kind: 'field', path: 'call.queue' } },
    { zohoField: 'Owner', source: { kind: 'constant', value: 'x' } },
    { zohoField: 'bad name', source: { kind: 'field', path: 'nope.x' } },
    {
      zohoField: 'Description',
      source: {
        kind: 'template',
        template:
          '{{visitor.nmae}} {{}} {{ x y }} {{visitor.name | nope}} {{visitor.name | truncate}} {{call.queue}} {{open',
      },
    },
  ];
  s.identification.searchOrder = ['Leads', 'Leads'];
  s.identification.rules.Accounts = [{ kind: 'email' }];
  s.identification.rules.Contacts = [{ kind: 'email' }, { kind: 'email' }];
  s.owners = {
    fallback: 'default_owner',
    missedCallOwnerId: 'abc',
    userLinks: [
      { agentEmail: 'ann@acme.test', zohoUserId: '1', source: 'manual' },
      { agentEmail: 'ANN@acme.test', zohoUserId: '2', source: 'auto' },
    ],
  };
  return {
    ...s,
    timeZone: 'Mars/Olympus',
    defaultCountry: 'XX',
    agentPanel: { dialUrlTemplate: 'javascript:alert({number})' },
  };
}

describe('domain message keys', () => {
  it('every source field of the catalogue has a label', () => {
    const keys = [...SOURCE_FIELDS.map((field) => field.labelKey), 'source.variable', 'source.custom_field'];
    expect(keys.filter((key) => !known(key))).toEqual([]);
  });

  it('every issue the settings schema raises has a text, and the domain’s own keys are all reached', () => {
    const result = integrationSettingsSchema.safeParse(brokenSettings());
    expect(result.success).toBe(false);
    const keys = new Set((result.error?.issues ?? []).map((issue) => issueKey(issue).key));
    expect([...keys].filter((key) => !known(key))).toEqual([]);
    const domainKeys = [
      'mapping.duplicate_field',
      'mapping.field_managed',
      'mapping.source_not_on_channel',
      'rules.trigger_not_on_channel',
      'rules.condition_not_on_channel',
      'rules.source_not_on_channel',
      'rules.value_required',
      'rules.deal_not_enabled',
      'rules.duplicate_id',
      'channel.duplicate_module',
      'channel.deal_stage_required',
      'identification.duplicate_module',
      'identification.kind_not_for_module',
      'identification.duplicate_rule',
      'owners.duplicate_agent',
      'template.unknown_variable',
      'template.empty_expression',
      'template.syntax_error',
      'template.unknown_filter',
      'template.bad_filter_arguments',
      'template.variable_not_on_channel',
      'template.unterminated_expression',
      'validation.zoho_api_name',
      'validation.zoho_id',
      'validation.rule_id',
      'validation.unknown_source_field',
      'validation.invalid_time_zone',
      'validation.iso_3166_alpha2',
      'validation.dial_url_scheme',
    ];
    expect(domainKeys.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('the object-level rules (search order, default owner) have texts too', () => {
    const s = defaultSettings();
    s.channels.web_chat.enabled = true;
    s.channels.web_chat.visitorAs = 'Contacts';
    s.identification.searchOrder = ['Leads'];
    s.owners = { fallback: 'default_owner', userLinks: [] };
    const keys = (integrationSettingsSchema.safeParse(s).error?.issues ?? []).map(
      (issue) => issueKey(issue).key,
    );
    expect(keys.sort()).toEqual([
      'identification.search_order_missing_module',
      'owners.default_owner_required',
    ]);
    expect(keys.filter((key) => !known(key))).toEqual([]);
  });

  it('every problem preflight finds in a badly matched org has a text', () => {
    const settings = defaultSettings();
    const chat = settings.channels.web_chat;
    chat.enabled = true;
    chat.mode = 'automatic';
    chat.rules = [];
    chat.conversationAs = ['Tasks', 'Cases'];
    chat.createDeal = { enabled: true, stage: 'Nope', pipeline: 'Standard' };
    chat.mapping.Leads = [
      { zohoField: 'rs_utm_medium', source: { kind: 'field', path: 'utm.medium' } },
      { zohoField: 'Mobile', source: { kind: 'field', path: 'visitor.phone' } },
      { zohoField: 'No_of_Employees', source: { kind: 'field', path: 'visitor.name' }, fallback: 'many' },
      { zohoField: 'Lead_Source', source: { kind: 'constant', value: 'Fax' } },
      { zohoField: 'First_Name', source: { kind: 'field', path: 'conversation.transcript' } },
      { zohoField: 'Company', source: { kind: 'field', path: 'visitor.company' } },
    ];
    chat.mapping.Tasks = [];
    settings.identification.rules.Contacts = [
      { kind: 'custom_field', zohoField: 'Customer_No', source: 'visitor.email' },
    ];
    settings.owners = { fallback: 'default_owner', defaultOwnerId: '1003', userLinks: [] };
    const fieldsByModule = Object.fromEntries(
      Object.entries(FIELDS)
        .filter(([module]) => module !== 'Cases')
        .map(([module, fields]) => [module, fields.map((field) => sentZohoFieldSchema.parse(field))]),
    );
    const { problems } = preflight({
      settings,
      fieldsByModule,
      users: USERS.map((user) => ({ status: 'active', ...user })),
      agentEmails: ['bob@acme.test'],
      layoutRequired: {
        Leads: { status: 'known', layout: 'Standard', fields: [{ apiName: 'Designation', label: 'Title' }] },
        Tasks: { status: 'unknown', reason: 'scope' },
        Cases: { status: 'unknown', reason: 'permission' },
        Deals: { status: 'unknown', reason: 'unavailable' },
      },
    });
    const keys = [...new Set(problems.map((problem) => problem.message.key))];
    expect(keys).toEqual(
      expect.arrayContaining([
        'preflight.layout_required_unmapped',
        'preflight.layout_required_unknown_scope',
        'preflight.layout_required_unknown_permission',
        'preflight.layout_required_unknown',
      ]),
    );
    expect(keys.length).toBeGreaterThan(8);
    expect(keys.filter((key) => !known(key))).toEqual([]);
  });
});
