import { describe, expect, it } from 'vitest';
import type { ConversationEvent } from './events.ts';
import type { ZohoRecord } from './lookup.ts';
import type { ZohoModule } from './modules.ts';
import { planConversation, type PlanInput } from './plan.ts';
import { type Operation, planSchema } from './plan-schema.ts';
import { toZohoPayload } from './plan-payload.ts';
import { defaultSettings, type IntegrationSettings, integrationSettingsSchema } from './settings.ts';
import { event } from './testing/events.ts';
import { GLOBEX_USERS, globexFields } from './testing/globex-org.ts';
import { memoryLookup } from './testing/memory-lookup.ts';

export function automatic(mutate: (s: IntegrationSettings) => void = () => {}): IntegrationSettings {
  const s = defaultSettings({ defaultCountry: 'DE' });
  for (const c of Object.values(s.channels)) Object.assign(c, { enabled: true, mode: 'automatic' });
  mutate(s);
  return integrationSettingsSchema.parse(s);
}

export async function plan(
  e: ConversationEvent,
  records: Partial<Record<ZohoModule, ZohoRecord[]>> = {},
  extra: Partial<PlanInput> = {},
) {
  const { lookup, calls } = memoryLookup(records);
  const result = await planConversation({
    settings: automatic(),
    event: e,
    fieldsByModule: globexFields(),
    users: GLOBEX_USERS,
    lookup,
    ...extra,
  });
  expect(planSchema.parse(result)).toEqual(result);
  return { plan: result, calls };
}

export const op = (p: { operations: Operation[] }, module: ZohoModule) =>
  p.operations.find((o) => o.module === module);

describe('planConversation: when nothing is written', () => {
  it('skips a disabled channel and manual mode without a single Zoho call', async () => {
    const off = automatic((s) => (s.channels.web_chat.enabled = false));
    const manual = automatic((s) => (s.channels.web_chat.mode = 'manual'));
    const a = await plan(event('chat.ended'), {}, { settings: off });
    const b = await plan(event('chat.ended'), {}, { settings: manual });
    expect([a.plan.status, a.plan.skipReason, b.plan.status, b.plan.skipReason]).toEqual([
      'skipped',
      'channel_disabled',
      'skipped',
      'manual_mode',
    ]);
    expect([...a.calls, ...b.calls]).toEqual([]);
    expect(b.plan.operations).toEqual([]);
  });

  it('skips when no rule matches, listing why each rule failed', async () => {
    const { plan: p, calls } = await plan(event('chat.started'));
    expect(p).toMatchObject({ status: 'skipped', skipReason: 'no_rule_matched', rule: null });
    expect(p.evaluations.map((e) => e.failedCondition)).toEqual([
      { at: 'trigger', expected: 'chat.ended', actual: 'chat.started' },
      { at: 'trigger', expected: 'offline_message.received', actual: 'chat.started' },
    ]);
    expect(calls).toEqual([]);
  });

  it('runs an agent action from the panel even in manual mode', async () => {
    const manual = automatic((s) => (s.channels.web_chat.mode = 'manual'));
    const { plan: p } = await plan(
      event('chat.started'),
      {},
      { settings: manual, manual: { writes: { person: true, activities: false, deal: false } } },
    );
    expect(p.status).toBe('ready');
    expect(p.rule).toBeNull();
    expect(p.operations.map((o) => `${o.kind}:${o.module}`)).toEqual(['create:Leads']);
  });
});

describe('planConversation: a new visitor (For Sales)', () => {
  it('searches Contacts then Leads, then creates a Lead and a Task linked to it', async () => {
    const { plan: p, calls } = await plan(event('chat.ended'));
    expect(p.rule).toEqual({ id: 'chat-ended', name: 'Every ended chat' });
    expect(p.identified).toEqual({ outcome: 'not_found' });
    expect(
      p.searches.map(
        (s) =>
          `${s.module}:${s.rule}:${'phone' in s.query ? s.query.phone : 'email' in s.query ? s.query.email : ''}`,
      ),
    ).toEqual([
      'Contacts:email:ada@example.com',
      ...[
        '+49301234567',
        '+49 30 1234567',
        '030 1234567',
        '0301234567',
        '301234567',
        '49301234567',
        '0049301234567',
        '9301234567',
      ].map((v) => `Contacts:phone:${v}`),
      'Leads:email:ada@example.com',
      ...[
        '+49301234567',
        '+49 30 1234567',
        '030 1234567',
        '0301234567',
        '301234567',
        '49301234567',
        '0049301234567',
        '9301234567',
      ].map((v) => `Leads:phone:${v}`),
    ]);
    expect(calls).toHaveLength(18);
    expect(p.owner).toMatchObject({ ownerId: '1002', source: 'email_match' });
    expect(p.operations).toHaveLength(2);
    expect(op(p, 'Leads')).toMatchObject({
      kind: 'create',
      step: 1,
      role: 'person',
      payload: {
        Last_Name: 'Ada Lovelace',
        Email: 'ada@example.com',
        Phone: '+49301234567',
        Company: 'Analytical Engines',
        Owner: { id: '1002' },
      },
    });
    const task = op(p, 'Tasks');
    expect(task?.kind === 'create' && task.payload).toMatchObject({
      Subject: 'Web chat with Ada Lovelace',
      Owner: { id: '1002' },
      What_Id: { id: '{{step1.id}}' },
      $se_module: 'Leads',
    });
    expect(task?.kind === 'create' && String(task.payload.Description)).toContain('Wrap-up: Quote sent');
    expect(task?.kind === 'create' && toZohoPayload(task, () => '5550001')).toMatchObject({
      What_Id: { id: '5550001' },
      $se_module: 'Leads',
    });
  });

  it('blocks the plan when a mandatory field would be empty', async () => {
    const settings = automatic((s) => {
      s.channels.web_chat.mapping.Leads = [
        { zohoField: 'Last_Name', source: { kind: 'field', path: 'visitor.name' } },
      ];
    });
    const anon = event('chat.ended', (e) => (e.visitor = {}));
    const { plan: p } = await plan(anon, {}, { settings });
    expect(p.status).toBe('blocked');
    expect(p.issues).toContainEqual({
      severity: 'error',
      code: 'mandatory_empty',
      module: 'Leads',
      field: 'Last_Name',
      params: {},
    });
  });

  it('drops a value that is not in the picklist and says so', async () => {
    const settings = automatic((s) =>
      s.channels.web_chat.mapping.Leads?.push({
        zohoField: 'Lead_Source',
        source: { kind: 'field', path: 'utm.source' },
      }),
    );
    const { plan: p } = await plan(
      event('chat.started', (e) => (e.type = 'chat.ended')),
      {},
      { settings },
    );
    expect(op(p, 'Leads')?.kind === 'create' && op(p, 'Leads')).not.toHaveProperty('fields.Lead_Source');
    expect(p.issues).toContainEqual({
      severity: 'warning',
      code: 'picklist_value_not_found',
      module: 'Leads',
      field: 'Lead_Source',
      params: { value: 'google' },
    });
  });
});

describe('planConversation: update policies on a matched Contact', () => {
  const contact = {
    id: '700',
    Last_Name: 'Lovelace',
    Email: 'ADA@example.com',
    Phone: null,
    Modified_Time: '2024-01-01T00:00:00+00:00',
  };
  const withPolicy = (updatePolicy: IntegrationSettings['updatePolicy']) =>
    automatic((s) => (s.updatePolicy = updatePolicy));

  it('fill_empty only fills the empty fields of the matched record', async () => {
    const { plan: p, calls } = await plan(
      event('chat.ended'),
      { Contacts: [contact] },
      { settings: withPolicy('fill_empty') },
    );
    expect(calls).toHaveLength(1);
    expect(p.identified).toEqual({
      outcome: 'found',
      module: 'Contacts',
      recordId: '700',
      via: 'email',
      candidates: ['700'],
    });
    expect(op(p, 'Contacts')).toMatchObject({
      kind: 'update',
      recordId: '700',
      fields: { Phone: '+49301234567' },
      changes: [{ field: 'Phone', from: null, to: '+49301234567' }],
    });
    expect(op(p, 'Tasks')).toMatchObject({ kind: 'create', payload: { Who_Id: { id: '700' } } });
    expect(op(p, 'Tasks')).not.toHaveProperty('payload.$se_module');
  });

  it('overwrite writes every mapped value that differs, ignoring case and phone formatting', async () => {
    const known = { ...contact, Phone: '030 1234567' };
    const { plan: p } = await plan(
      event('chat.ended'),
      { Contacts: [known] },
      { settings: withPolicy('overwrite') },
    );
    expect(op(p, 'Contacts')).toMatchObject({
      kind: 'update',
      fields: { Last_Name: 'Ada Lovelace' },
      changes: [{ field: 'Last_Name', from: 'Lovelace', to: 'Ada Lovelace' }],
    });
  });

  it('overwrite never blanks a field the event has no value for', async () => {
    const noPhone = event('chat.ended', (e) => (e.visitor = { email: 'ada@example.com', name: 'Lovelace' }));
    const { plan: p } = await plan(
      noPhone,
      { Contacts: [{ ...contact, Phone: '+4930999' }] },
      { settings: withPolicy('overwrite') },
    );
    expect(op(p, 'Contacts')).toMatchObject({ kind: 'skip', reason: 'no_changes', recordId: '700' });
  });

  it('do_not_update leaves the record alone but still links the activity', async () => {
    const { plan: p } = await plan(
      event('chat.ended'),
      { Contacts: [contact] },
      { settings: withPolicy('do_not_update') },
    );
    expect(op(p, 'Contacts')).toEqual({
      kind: 'skip',
      step: 1,
      role: 'person',
      module: 'Contacts',
      recordId: '700',
      reason: 'update_policy_do_not_update',
      params: {},
    });
    expect(op(p, 'Tasks')).toMatchObject({
      kind: 'create',
      links: [{ field: 'Who_Id', target: { ref: 'existing', module: 'Contacts', id: '700' } }],
    });
  });
});

describe('planConversation: several matches', () => {
  const leads = [
    {
      id: '11',
      Last_Name: 'Old',
      Email: 'ada@example.com',
      Created_Time: '2020-01-01T00:00:00+00:00',
      Modified_Time: '2024-03-01T00:00:00+00:00',
    },
    {
      id: '12',
      Last_Name: 'New',
      Email: 'ada@example.com',
      Created_Time: '2023-01-01T00:00:00+00:00',
      Modified_Time: '2024-04-01T00:00:00+00:00',
    },
    {
      id: '13',
      Last_Name: 'Mid',
      Email: 'ada@example.com',
      Created_Time: '2021-01-01T00:00:00+00:00',
      Modified_Time: '2024-01-01T00:00:00+00:00',
    },
  ];
  const policy = (multipleMatches: IntegrationSettings['identification']['multipleMatches']) =>
    automatic((s) => (s.identification.multipleMatches = multipleMatches));

  it('most_recently_modified takes the latest Modified_Time', async () => {
    const { plan: p } = await plan(
      event('chat.ended'),
      { Leads: leads },
      { settings: policy('most_recently_modified') },
    );
    expect(p.identified).toEqual({
      outcome: 'found',
      module: 'Leads',
      recordId: '12',
      via: 'email',
      candidates: ['11', '12', '13'],
      policy: 'most_recently_modified',
    });
  });

  it('oldest takes the earliest Created_Time', async () => {
    const { plan: p } = await plan(event('chat.ended'), { Leads: leads }, { settings: policy('oldest') });
    expect(p.identified).toMatchObject({ outcome: 'found', recordId: '11', policy: 'oldest' });
  });

  it('flag_for_review writes nothing and hands the candidates to a person', async () => {
    const { plan: p } = await plan(
      event('chat.ended'),
      { Leads: leads },
      { settings: policy('flag_for_review') },
    );
    expect(p.status).toBe('needs_review');
    expect(p.identified).toEqual({
      outcome: 'needs_review',
      module: 'Leads',
      candidates: ['11', '12', '13'],
    });
    expect(p.operations.map((o) => `${o.kind}:${o.module}:${o.kind === 'skip' ? o.reason : ''}`)).toEqual([
      'skip:Leads:needs_review',
      'skip:Tasks:needs_review',
    ]);
    expect(p.owner).toBeUndefined();
  });
});

describe('planConversation: owners', () => {
  const agent = (email: string) => event('chat.ended', (e) => (e.agent = { email }));

  it('uses the admin’s manual link before a same-e-mail user', async () => {
    const settings = automatic(
      (s) => (s.owners.userLinks = [{ agentEmail: 'ann@acme.test', zohoUserId: '1004', source: 'manual' }]),
    );
    const { plan: p } = await plan(agent('ann@acme.test'), {}, { settings });
    expect(p.owner).toEqual({
      ownerId: '1004',
      source: 'user_link',
      steps: [
        { check: 'agent_email', outcome: 'present', detail: 'ann@acme.test' },
        { check: 'user_link', outcome: 'used', detail: 'manual:1004' },
      ],
    });
  });

  it('falls back to the default owner, explaining each step', async () => {
    const settings = automatic(
      (s) =>
        (s.owners = {
          fallback: 'default_owner',
          defaultOwnerId: '1001',
          userLinks: [{ agentEmail: 'zed@acme.test', zohoUserId: '1003', source: 'auto' }],
        }),
    );
    const { plan: p } = await plan(agent('zed@acme.test'), {}, { settings });
    expect(p.owner).toEqual({
      ownerId: '1001',
      source: 'default_owner',
      steps: [
        { check: 'agent_email', outcome: 'present', detail: 'zed@acme.test' },
        { check: 'user_link', outcome: 'inactive', detail: 'auto:1003' },
        { check: 'email_match', outcome: 'none' },
        { check: 'default_owner', outcome: 'used', detail: '1001' },
      ],
    });
    expect(op(p, 'Leads')).toMatchObject({ payload: { Owner: { id: '1001' } } });
  });

  it('leaves Owner out for the connected user when its id is unknown (Zoho assigns the token’s user)', async () => {
    const { plan: p } = await plan(agent('zed@acme.test'));
    expect(p.owner).toMatchObject({ ownerId: null, source: 'connected_user' });
    expect(op(p, 'Leads')).not.toHaveProperty('payload.Owner');
    const known = await plan(agent('zed@acme.test'), {}, { connectedUserId: '1001' });
    expect(op(known.plan, 'Leads')).toMatchObject({ payload: { Owner: { id: '1001' } } });
  });
});

describe('planConversation: stored-link continuity', () => {
  it('finds the person by the stored link first and updates the conversation’s Task', async () => {
    const lead = {
      id: '900',
      Last_Name: 'Ada Lovelace',
      Email: 'ada@example.com',
      Phone: '+49301234567',
      Company: 'Analytical Engines',
    };
    const links = [
      { module: 'Leads' as const, id: '900', role: 'person' as const },
      { module: 'Tasks' as const, id: '901', role: 'activity' as const },
    ];
    const settings = automatic((s) => (s.identification.searchOrder = ['Leads', 'Contacts']));
    const { plan: p, calls } = await plan(event('chat.ended'), { Leads: [lead] }, { settings, links });
    expect(calls).toEqual([{ by: 'id', module: 'Leads', id: '900' }]);
    expect(p.identified).toMatchObject({ outcome: 'found', recordId: '900', via: 'stored_link' });
    expect(op(p, 'Leads')).toMatchObject({ kind: 'skip', reason: 'no_changes' });
    expect(op(p, 'Tasks')).toMatchObject({
      kind: 'update',
      recordId: '901',
      payload: { Subject: 'Web chat with Ada Lovelace', What_Id: { id: '900' }, $se_module: 'Leads' },
    });
    expect(op(p, 'Tasks')).not.toHaveProperty('payload.Owner');
  });

  it('moves on to the next rule when the linked record was deleted', async () => {
    const links = [{ module: 'Contacts' as const, id: '404', role: 'person' as const }];
    const { plan: p } = await plan(
      event('chat.ended'),
      { Contacts: [{ id: '700', Email: 'ada@example.com', Last_Name: 'Lovelace' }] },
      { links },
    );
    expect(p.searches.slice(0, 2).map((s) => [s.rule, s.resultIds])).toEqual([
      ['stored_link', []],
      ['email', ['700']],
    ]);
    expect(p.identified).toMatchObject({ recordId: '700', via: 'email' });
  });
});

describe('planConversation: calls, meetings, cases and deals', () => {
  it('logs a missed call on the Lead found by a national-format phone, owned by the missed-call owner', async () => {
    const missed = event('call.ended', (e) => {
      if (e.type !== 'call.ended') return;
      Object.assign(e.call, { status: 'missed', durationSeconds: 0 });
      delete e.agent;
    });
    const settings = automatic((s) => (s.owners.missedCallOwnerId = '1004'));
    const { plan: p } = await plan(
      missed,
      { Leads: [{ id: '55', Last_Name: 'Caller', Mobile: '030 1234567' }] },
      { settings },
    );
    expect(p.rule?.id).toBe('missed-call');
    expect(
      p.searches.filter((s) => s.module === 'Leads').map((s) => ('phone' in s.query ? s.query.phone : '')),
    ).toEqual(['+49301234567', '+49 30 1234567', '030 1234567']);
    expect(p.identified).toMatchObject({ recordId: '55', via: 'phone' });
    expect(p.owner).toMatchObject({ ownerId: '1004', source: 'missed_call_owner' });
    expect(op(p, 'Calls')).toMatchObject({
      kind: 'create',
      payload: {
        Subject: 'Inbound call with +49 30 1234567',
        Call_Type: 'Missed',
        Call_Start_Time: '2024-05-01T11:00:00+00:00',
        Call_Duration: '00:00',
        What_Id: { id: '55' },
        $se_module: 'Leads',
        Owner: { id: '1004' },
      },
    });
  });

  it('logs an answered call on a Contact as Who_Id with mm:ss duration', async () => {
    const { plan: p } = await plan(event('call.ended'), {
      Contacts: [{ id: '70', Last_Name: 'X', Phone: '+49301234567' }],
    });
    expect(op(p, 'Calls')).toMatchObject({
      payload: { Call_Type: 'Inbound', Call_Duration: '03:05', Who_Id: { id: '70' }, Owner: { id: '1002' } },
    });
    expect(op(p, 'Calls')).not.toHaveProperty('payload.$se_module');
  });

  it('gives an answered call nobody’s user took to the missed-call owner', async () => {
    const stranger = event('call.ended', (e) => (e.agent = { email: 'ext-99@pbx.test' }));
    const settings = automatic((s) => (s.owners.missedCallOwnerId = '1004'));
    const { plan: p } = await plan(stranger, {}, { settings });
    expect(p.owner).toMatchObject({ ownerId: '1004', source: 'unassigned_call_owner' });
  });

  it('writes a meeting report as a Note on the person (Parent_Id + se_module)', async () => {
    const { plan: p } = await plan(event('meeting.ended'), {
      Contacts: [{ id: '70', Last_Name: 'Lovelace', Email: 'ada@example.com' }],
    });
    const note = op(p, 'Notes');
    expect(note?.kind === 'create' && note.payload).toEqual({
      Note_Title: 'Meeting: Discovery call',
      Note_Content: expect.stringMatching(
        /^Report:\nCustomer wants a pilot in June\.[\s\S]*Agent: Ann Agent/,
      ) as unknown,
      Parent_Id: '70',
      se_module: 'Contacts',
      Owner: { id: '1002' },
    });
  });

  it('skips a Note when there is no person to attach it to', async () => {
    const settings = automatic((s) => (s.channels.meetings.rules[0]!.writes.person = false));
    const { plan: p } = await plan(event('meeting.ended'), {}, { settings });
    expect(p.operations).toEqual([
      { kind: 'skip', step: 1, role: 'person', module: 'Leads', reason: 'person_writes_off', params: {} },
      { kind: 'skip', step: 2, role: 'activity', module: 'Notes', reason: 'no_parent_record', params: {} },
    ]);
  });

  it('For Support: a new Contact linked to the Account found by company, a Case, and a Deal', async () => {
    const settings = automatic((s) => {
      Object.assign(s.channels.web_chat, {
        visitorAs: 'Contacts',
        conversationAs: ['Cases'],
        createDeal: { enabled: true, pipeline: 'Standard', stage: 'Qualification' },
      });
      s.channels.web_chat.rules[0]!.writes.deal = true;
    });
    const accounts = [
      { id: 'A1', Account_Name: 'Analytical Engines Ltd' },
      { id: 'A2', Account_Name: 'Analytical Engines' },
    ];
    const { plan: p } = await plan(event('chat.ended'), { Accounts: accounts }, { settings });
    expect(p.searches.at(-1)).toEqual({
      module: 'Accounts',
      rule: 'name_company',
      query: { by: 'criteria', module: 'Accounts', criteria: '(Account_Name:equals:Analytical Engines)' },
      resultIds: ['A1', 'A2'],
      matchedIds: ['A2'],
    });
    expect(p.account).toEqual({ id: 'A2', via: 'name_company' });
    expect(p.operations.map((o) => o.kind === 'create' && o.payload)).toEqual([
      {
        Last_Name: 'Ada Lovelace',
        Email: 'ada@example.com',
        Phone: '+49301234567',
        Owner: { id: '1002' },
        Account_Name: { id: 'A2' },
      },
      expect.objectContaining({
        Subject: 'Web chat with Ada Lovelace',
        Status: 'New',
        Case_Origin: 'Web',
        Contact_Name: { id: '{{step1.id}}' },
        Account_Name: { id: 'A2' },
      }),
      {
        Deal_Name: 'Analytical Engines (Web chat)',
        Stage: 'Qualification',
        Pipeline: 'Standard',
        Owner: { id: '1002' },
        Contact_Name: { id: '{{step1.id}}' },
        Account_Name: { id: 'A2' },
      },
    ]);
  });

  it('creates a Deal only for a new person, once per conversation', async () => {
    const settings = automatic((s) => {
      s.channels.web_chat.createDeal = { enabled: true, stage: 'Qualification', pipeline: 'Standard' };
      s.channels.web_chat.rules[0]!.writes.deal = true;
    });
    const existing = await plan(
      event('chat.ended'),
      { Leads: [{ id: '5', Email: 'ada@example.com' }] },
      { settings },
    );
    expect(op(existing.plan, 'Deals')).toMatchObject({ kind: 'skip', reason: 'person_not_new' });
    const again = await plan(
      event('chat.ended'),
      {},
      { settings, links: [{ module: 'Deals', id: 'D1', role: 'deal' }] },
    );
    expect(op(again.plan, 'Deals')).toMatchObject({ kind: 'skip', reason: 'deal_exists', recordId: 'D1' });
  });

  it('identifies by name and company and by a custom field, re-checking Zoho’s word matches', async () => {
    const settings = automatic((s) => {
      s.identification.searchOrder = ['Leads'];
      s.identification.rules.Leads = [
        { kind: 'custom_field', zohoField: 'Order_Ref', source: 'custom.order_id' },
        { kind: 'name_company' },
      ];
    });
    const leads = [
      { id: '1', Last_Name: 'Ada Lovelace Jr', Company: 'Analytical Engines' },
      { id: '2', Last_Name: 'Ada Lovelace', Company: 'Analytical Engines' },
      { id: '3', Order_Ref: 'A-420' },
    ];
    const { plan: p } = await plan(event('chat.ended'), { Leads: leads }, { settings });
    expect(
      p.searches.map((s) => [
        s.rule,
        'criteria' in s.query ? s.query.criteria : '',
        s.resultIds,
        s.matchedIds,
      ]),
    ).toEqual([
      ['custom_field', '(Order_Ref:equals:A-42)', ['3'], []],
      [
        'name_company',
        '((Last_Name:equals:Ada Lovelace)and(Company:equals:Analytical Engines))',
        ['1', '2'],
        ['2'],
      ],
    ]);
  });
});
