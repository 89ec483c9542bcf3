import { describe, expect, it } from 'vitest';
import { toZohoPayload } from './plan-payload.ts';
import { event } from '@cxc/shared/domain/testing/events';
import { automatic, op, plan } from './testing/plan-harness.ts';

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
      // Every spelling of the number in every phone field is one request per module.
      'Contacts:phone:+49301234567',
      'Leads:email:ada@example.com',
      'Leads:phone:+49301234567',
    ]);
    expect(calls).toHaveLength(4);
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
      Due_Date: '2024-05-01',
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
});

describe('planConversation: values Zoho would refuse', () => {
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
