import { describe, expect, it } from 'vitest';
import { event } from '@cxc/shared/domain/testing/events';
import { automatic, op, plan } from './testing/plan-harness.ts';

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
    ).toEqual(['+49301234567']);
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
});

describe('planConversation: a Contact for Support and its Deal', () => {
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
});

describe('planConversation: identifying by name, company and a custom field', () => {
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
