import { describe, expect, it } from 'vitest';
import { defaultSettings, type IntegrationSettings, integrationSettingsSchema } from './settings.ts';

type Mutable = IntegrationSettings & Record<string, unknown>;

function issues(mutate: (s: Mutable) => void) {
  const s = structuredClone(defaultSettings()) as Mutable;
  mutate(s);
  const result = integrationSettingsSchema.safeParse(s);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('integration settings schema', () => {
  it('accepts the defaults, with every channel off and manual', () => {
    const s = defaultSettings({ defaultCountry: 'DE', timeZone: 'Europe/Berlin' });
    expect(integrationSettingsSchema.parse(s)).toEqual(s);
    expect(Object.values(s.channels).every((c) => !c.enabled && c.mode === 'manual')).toBe(true);
    expect(s.channels.calls.conversationAs).toEqual(['Calls']);
    expect(s.channels.meetings.conversationAs).toEqual(['Notes']);
  });

  it('reports a Zoho field mapped twice on the second row', () => {
    expect(
      issues((s) => {
        s.channels.web_chat.mapping.Leads?.push({
          zohoField: 'Email',
          source: { kind: 'field', path: 'agent.email' },
        });
      }),
    ).toEqual([
      {
        path: ['channels', 'web_chat', 'mapping', 'Leads', 4, 'zohoField'],
        message: 'mapping.duplicate_field',
      },
    ]);
  });

  it('reports every bad row on its exact path', () => {
    expect(
      issues((s) => {
        s.channels.web_chat.mapping.Leads = [
          { zohoField: 'Last_Name', source: { kind: 'field', path: 'visitor.nmae' } },
          { zohoField: 'Description', source: { kind: 'field', path: 'call.queue' } },
          { zohoField: 'Owner', source: { kind: 'constant', value: '1' } },
          { zohoField: 'Lead_Source', source: { kind: 'template', template: 'From {{chanel}}' } },
          { zohoField: 'bad name', source: { kind: 'constant', value: 1 } },
        ];
      }),
    ).toEqual([
      {
        path: ['channels', 'web_chat', 'mapping', 'Leads', 0, 'source', 'path'],
        message: 'unknown_source_field',
      },
      { path: ['channels', 'web_chat', 'mapping', 'Leads', 4, 'zohoField'], message: 'zoho_api_name' },
      {
        path: ['channels', 'web_chat', 'mapping', 'Leads', 1, 'source', 'path'],
        message: 'mapping.source_not_on_channel',
      },
      {
        path: ['channels', 'web_chat', 'mapping', 'Leads', 2, 'zohoField'],
        message: 'mapping.field_managed',
      },
      {
        path: ['channels', 'web_chat', 'mapping', 'Leads', 3, 'source', 'template'],
        message: 'template.unknown_variable',
      },
    ]);
  });

  it('gives template issues their character range', () => {
    const result = integrationSettingsSchema.safeParse(
      (() => {
        const s = defaultSettings();
        s.channels.inbox.mapping.Tasks = [
          { zohoField: 'Subject', source: { kind: 'template', template: 'Re: {{message.subjct}}' } },
        ];
        return s;
      })(),
    );
    expect(result.error?.issues[0]).toMatchObject({
      params: { variable: 'message.subjct', start: 4, end: 22 },
    });
  });

  it('checks that a rule trigger and its conditions belong to the channel', () => {
    expect(
      issues((s) => {
        s.channels.web_chat.rules[0] = {
          id: 'r1',
          name: 'Calls on chat?',
          enabled: true,
          trigger: 'call.ended',
          conditions: [
            { kind: 'call_status', op: 'in', values: ['answered'] },
            { kind: 'field', path: 'call.queue', op: 'equals' },
            { kind: 'queue', op: 'in', values: ['Sales'] },
          ],
          writes: { person: true, activities: true, deal: true },
        };
        s.channels.web_chat.rules[1] = { ...s.channels.web_chat.rules[1]!, id: 'r1' };
      }),
    ).toEqual([
      { path: ['channels', 'web_chat', 'rules', 0, 'trigger'], message: 'rules.trigger_not_on_channel' },
      {
        path: ['channels', 'web_chat', 'rules', 0, 'conditions', 0, 'kind'],
        message: 'rules.condition_not_on_channel',
      },
      {
        path: ['channels', 'web_chat', 'rules', 0, 'conditions', 1, 'path'],
        message: 'rules.source_not_on_channel',
      },
      {
        path: ['channels', 'web_chat', 'rules', 0, 'conditions', 1, 'value'],
        message: 'rules.value_required',
      },
      { path: ['channels', 'web_chat', 'rules', 0, 'writes', 'deal'], message: 'rules.deal_not_enabled' },
      { path: ['channels', 'web_chat', 'rules', 1, 'id'], message: 'rules.duplicate_id' },
    ]);
  });

  it('validates condition shapes', () => {
    expect(
      issues((s) => {
        s.channels.calls.rules[0]!.conditions = [
          { kind: 'queue', op: 'in', values: [] },
          { kind: 'min_duration', seconds: -5 },
          { kind: 'agent_email', op: 'contains', values: ['x'] } as never,
          { kind: 'weather' } as never,
        ];
      }).map((i) => i.path.join('.')),
    ).toEqual([
      'channels.calls.rules.0.conditions.0.values',
      'channels.calls.rules.0.conditions.1.seconds',
      'channels.calls.rules.0.conditions.2.op',
      'channels.calls.rules.0.conditions.2.values.0',
      'channels.calls.rules.0.conditions.3.kind',
    ]);
  });

  it('requires a stage for deals and unique conversation targets', () => {
    expect(
      issues((s) => {
        s.channels.calls.createDeal = { enabled: true, pipeline: 'Standard' };
        s.channels.calls.conversationAs = ['Calls', 'Tasks', 'Calls'];
      }),
    ).toEqual([
      { path: ['channels', 'calls', 'conversationAs', 2], message: 'channel.duplicate_module' },
      { path: ['channels', 'calls', 'createDeal', 'stage'], message: 'channel.deal_stage_required' },
    ]);
  });

  it('checks owners: a default owner id for that fallback, one link per agent', () => {
    expect(
      issues((s) => {
        s.owners = {
          fallback: 'default_owner',
          userLinks: [
            { agentEmail: 'ann@acme.test', zohoUserId: '1', source: 'auto' },
            { agentEmail: 'ANN@acme.test', zohoUserId: '2', source: 'manual' },
            { agentEmail: 'bob@acme.test', zohoUserId: 'abc', source: 'manual' },
          ],
        };
      }),
    ).toEqual([
      { path: ['owners', 'userLinks', 2, 'zohoUserId'], message: 'zoho_id' },
      { path: ['owners', 'defaultOwnerId'], message: 'owners.default_owner_required' },
      { path: ['owners', 'userLinks', 1, 'agentEmail'], message: 'owners.duplicate_agent' },
    ]);
  });

  it('checks identification rules per module and the search order', () => {
    expect(
      issues((s) => {
        s.identification.rules.Accounts = [
          { kind: 'email' },
          { kind: 'name_company' },
          { kind: 'name_company' },
        ];
        s.identification.searchOrder = ['Leads', 'Leads'];
      }),
    ).toEqual([
      { path: ['identification', 'searchOrder', 1], message: 'identification.duplicate_module' },
      {
        path: ['identification', 'rules', 'Accounts', 0, 'kind'],
        message: 'identification.kind_not_for_module',
      },
      { path: ['identification', 'rules', 'Accounts', 2], message: 'identification.duplicate_rule' },
    ]);
  });

  it('requires the search order to include the module an enabled channel creates', () => {
    expect(
      issues((s) => {
        s.identification.searchOrder = ['Contacts'];
        s.channels.web_chat.enabled = true;
      }),
    ).toEqual([
      { path: ['identification', 'searchOrder'], message: 'identification.search_order_missing_module' },
    ]);
  });

  it('rejects unknown keys, zones and countries', () => {
    expect(
      issues((s) => {
        s.timeZone = 'Mars/Olympus';
        s.defaultCountry = 'XX' as never;
        s.extra = 1;
        (s.channels.inbox.mapping as Record<string, unknown>).Widgets = [];
      }).map((i) => i.path.join('.')),
    ).toEqual(['defaultCountry', 'timeZone', 'channels.inbox.mapping', '']);
  });

  it('keeps the click-to-call template unset by default and checks a tenant’s own', () => {
    const stored: Record<string, unknown> = { ...defaultSettings() };
    delete stored.agentPanel;
    expect(integrationSettingsSchema.parse(stored).agentPanel).toEqual({});
    expect(
      issues((s) => {
        s.agentPanel = { dialUrlTemplate: 'javascript:alert({number})' };
      }),
    ).toEqual([{ path: ['agentPanel', 'dialUrlTemplate'], message: 'dial_url_scheme' }]);
    expect(issues((s) => (s.agentPanel = { dialUrlTemplate: 'sip:{e164}@pbx.acme.test' }))).toEqual([]);
  });

  it('has no credit budget by default (stored settings without one parse) and checks a set one', () => {
    const stored: Record<string, unknown> = { ...defaultSettings() };
    delete stored.automation;
    expect(integrationSettingsSchema.parse(stored).automation).toEqual({});
    expect(issues((s) => (s.automation = { creditBudgetPer24h: 5_000 }))).toEqual([]);
    expect(issues((s) => (s.automation = { creditBudgetPer24h: 99 })).map((i) => i.path)).toEqual([
      ['automation', 'creditBudgetPer24h'],
    ]);
    expect(issues((s) => (s.automation = { creditBudgetPer24h: 1.5 })).map((i) => i.path)).toEqual([
      ['automation', 'creditBudgetPer24h'],
    ]);
  });

  it('reports problems of several channels together', () => {
    expect(
      issues((s) => {
        s.channels.web_chat.rules[0]!.trigger = 'meeting.ended';
        s.channels.meetings.mode = 'sometimes' as never;
      }).map((i) => i.path.join('.')),
    ).toEqual(['channels.web_chat.rules.0.trigger', 'channels.meetings.mode']);
  });
});
