import { describe, expect, it } from 'vitest';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { event } from '@cxc/shared/domain/testing/events';
import { automatic, op, plan } from './testing/plan-harness.ts';

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
      people: ['11', '12', '13'].map((id) => expect.objectContaining({ id }) as unknown),
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
    // The review queue shows the candidates from the plan, without another Zoho call.
    expect(p.identified).toMatchObject({
      outcome: 'needs_review',
      module: 'Leads',
      candidates: ['11', '12', '13'],
      people: [{ id: '11' }, { id: '12' }, { id: '13' }],
    });
    expect(p.operations.map((o) => `${o.kind}:${o.module}:${o.kind === 'skip' ? o.reason : ''}`)).toEqual([
      'skip:Leads:needs_review',
      'skip:Tasks:needs_review',
    ]);
    expect(p.owner).toBeUndefined();
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
