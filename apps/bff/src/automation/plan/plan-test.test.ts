import { describe, expect, it } from 'vitest';
import type { StoredLink } from '@cxc/shared/domain/lookup';
import { markTestOperation, testNotice } from './plan-test.ts';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { event } from '@cxc/shared/domain/testing/events';
import { globexFields } from '@cxc/shared/domain/testing/globex-org';
import { automatic, op, plan } from './testing/plan-harness.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Records that every identification rule of the sample visitor would match, in every module. */
const existing = {
  Contacts: [
    {
      id: '700',
      Last_Name: 'Lovelace',
      Email: 'ada@example.com',
      Phone: '030 1234567',
      Modified_Time: '2024-01-01T00:00:00+00:00',
    },
  ],
  Leads: [
    {
      id: '701',
      Last_Name: 'Ada Lovelace',
      Company: 'Analytical Engines',
      Email: 'ada@example.com',
      Phone: '030 1234567',
    },
  ],
  Accounts: [{ id: '702', Account_Name: 'Analytical Engines' }],
};

const everyRule = (s: IntegrationSettings) => {
  s.updatePolicy = 'overwrite';
  s.identification.multipleMatches = 'most_recently_modified';
  for (const module of ['Contacts', 'Leads'] as const)
    s.identification.rules[module] = [
      { kind: 'stored_link' },
      { kind: 'email' },
      { kind: 'phone' },
      { kind: 'name_company' },
    ];
};

describe('planConversation: a test conversation', () => {
  it('the same event matches the existing Contact when it is not a test', async () => {
    const { plan: p } = await plan(event('chat.ended'), existing, { settings: automatic(everyRule) });
    expect(p.identified).toMatchObject({ outcome: 'found', recordId: '700' });
    expect(op(p, 'Contacts')).toMatchObject({ kind: 'update', recordId: '700' });
  });

  it('never searches, updates or links an existing record, whatever the rules and update policy say', async () => {
    for (const visitorAs of ['Contacts', 'Leads'] as const) {
      const settings = automatic((s) => {
        everyRule(s);
        s.channels.web_chat.visitorAs = visitorAs;
        Object.assign(s.channels.web_chat.createDeal, { enabled: true, stage: 'Qualification' });
        for (const r of s.channels.web_chat.rules) r.writes.deal = true;
      });
      const { plan: p, calls } = await plan(event('chat.ended'), existing, { settings, test: true });
      expect(calls).toEqual([]);
      expect(p.searches).toEqual([]);
      expect(p.test).toBe(true);
      expect(p.identified).toEqual({ outcome: 'not_found' });
      expect(p.account).toBeUndefined();
      expect(p.operations.filter((o) => o.kind === 'update')).toEqual([]);
      const ids = JSON.stringify(p.operations);
      for (const id of ['700', '701', '702']) expect(ids).not.toContain(`"${id}"`);
      expect(op(p, visitorAs)).toMatchObject({ kind: 'create' });
    }
  });

  it('marks what it creates: "[Test]" before the name and subject, a notice in the description', async () => {
    const settings = automatic((s) => (s.channels.web_chat.visitorAs = 'Leads'));
    const e = event('chat.ended', (x) => (x.occurredAt = '2026-03-04T05:06:07Z'));
    const { plan: p } = await plan(e, {}, { settings, test: true });
    const lead = op(p, 'Leads');
    expect(lead).toMatchObject({
      kind: 'create',
      fields: { Last_Name: '[Test] Ada Lovelace', Description: testNotice('2026-03-04T05:06:07Z') },
    });
    expect(lead).toMatchObject({ payload: { Last_Name: '[Test] Ada Lovelace' } });
    const task = op(p, 'Tasks');
    expect(task).toMatchObject({ kind: 'create' });
    const fields = task?.kind === 'create' ? task.fields : {};
    expect(str(fields.Subject)).toMatch(/^\[Test\] /);
    expect(str(fields.Description)).toMatch(
      /^Created by the CX Connector test conversation on 2026-03-04; safe to delete\.\n\n/,
    );
    expect(JSON.stringify(task)).toContain('{{step1.id}}');
  });

  it('keeps Lead_Source and the other mapped fields exactly as the admin mapped them', async () => {
    const settings = automatic((s) => {
      s.channels.web_chat.visitorAs = 'Leads';
      s.channels.web_chat.mapping.Leads?.push({
        zohoField: 'Lead_Source',
        source: { kind: 'constant', value: 'Chat' },
      });
    });
    const { plan: p } = await plan(event('chat.ended'), {}, { settings });
    const { plan: t } = await plan(event('chat.ended'), {}, { settings, test: true });
    const a = op(p, 'Leads');
    const b = op(t, 'Leads');
    const strip = (f: Record<string, unknown>) => {
      const { Last_Name: _n, Description: _d, ...rest } = f;
      return rest;
    };
    expect(a?.kind === 'create' && b?.kind === 'create').toBe(true);
    if (a?.kind === 'create' && b?.kind === 'create') expect(strip(b.fields)).toEqual(strip(a.fields));
  });

  it('an activity this test conversation already created is updated with the mark kept', async () => {
    const links: StoredLink[] = [{ module: 'Tasks', role: 'activity', id: '900' }];
    const { plan: p } = await plan(event('chat.ended'), existing, { test: true, links });
    const task = op(p, 'Tasks');
    expect(task).toMatchObject({ kind: 'update', recordId: '900' });
    if (task?.kind === 'update') {
      expect(str(task.fields.Subject)).toMatch(/^\[Test\] /);
      expect(task.changes.find((c) => c.field === 'Subject')?.to).toBe(task.fields.Subject);
    }
  });
});

describe('markTestOperation', () => {
  it('never pushes a name past the field length, and never marks twice', () => {
    const fields = globexFields();
    const max = fields.Leads?.find((f) => f.api_name === 'Last_Name')?.length ?? 80;
    const long = 'x'.repeat(max + 20);
    const marked = markTestOperation(
      {
        kind: 'create',
        step: 1,
        role: 'person',
        module: 'Leads',
        fields: { Last_Name: long },
        links: [],
        payload: {},
      },
      fields,
      '2026-01-01T00:00:00Z',
    );
    const name = marked.kind === 'create' ? str(marked.fields.Last_Name) : '';
    expect(name.startsWith('[Test] ')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(max);
    const again = markTestOperation(marked, fields, '2026-01-01T00:00:00Z');
    expect(again.kind === 'create' && str(again.fields.Last_Name).startsWith('[Test] [Test]')).toBe(false);
  });

  it('names a create whose subject is not mapped, and leaves a skip alone', () => {
    const marked = markTestOperation(
      { kind: 'create', step: 2, role: 'activity', module: 'Tasks', fields: {}, links: [], payload: {} },
      {},
      '2026-01-01T00:00:00Z',
    );
    expect(marked).toMatchObject({
      fields: { Subject: '[Test] CX Connector test conversation' },
      payload: { Subject: '[Test] CX Connector test conversation' },
    });
    const skipped = {
      kind: 'skip',
      step: 3,
      role: 'deal',
      module: 'Deals',
      reason: 'x',
      params: {},
    } as const;
    expect(markTestOperation(skipped, {}, '2026-01-01T00:00:00Z')).toBe(skipped);
  });
});
