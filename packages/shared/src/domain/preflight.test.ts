import { describe, expect, it } from 'vitest';
import { preflight, type PreflightInput } from './preflight.ts';
import {
  applyPreset,
  defaultSettings,
  type IntegrationSettings,
  integrationSettingsSchema,
} from './settings.ts';
import { GLOBEX_USERS, globexFields } from './testing/globex-org.ts';
import { webChatSettings, withRingostat } from '../testing/preflight-fixtures.ts';
import { customFieldMissingOnLeads } from '../testing/preflight-problems.ts';

function enabled(mutate: (s: IntegrationSettings) => void = () => {}): IntegrationSettings {
  return integrationSettingsSchema.parse(
    webChatSettings('automatic', mutate, defaultSettings({ defaultCountry: 'DE' })),
  );
}

const run = (settings: IntegrationSettings, extra: Partial<PreflightInput> = {}) =>
  preflight({ settings, fieldsByModule: globexFields(), users: GLOBEX_USERS, ...extra });
const errors = (r: ReturnType<typeof run>) => r.problems.filter((p) => p.severity === 'error');

describe('preflight', () => {
  it('passes the default sales setup on a stock org', () => {
    const result = run(enabled());
    expect(errors(result)).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('lists the Ringostat fields a Globex org lacks, with how to create each by hand', () => {
    const settings = enabled((s) => withRingostat(s));
    const result = run(settings);
    expect(result.ready).toBe(false);
    const missing = result.problems.filter((p) => p.code === 'custom_field_missing');
    expect(missing.map((p) => p.field)).toEqual([
      'rs_utm_source',
      'rs_utm_medium',
      'rs_utm_campaign',
      'rs_utm_term',
      'rs_utm_content',
      'rs_google_client_id',
    ]);
    expect(missing[0]).toEqual(customFieldMissingOnLeads('web_chat', 4));
    expect(missing[5]?.path).toEqual(['channels', 'web_chat', 'mapping', 'Leads', 9, 'zohoField']);
  });

  it('passes once the admin has created them', () => {
    const fields = globexFields({
      Leads: [
        'rs_utm_source',
        'rs_utm_medium',
        'rs_utm_campaign',
        'rs_utm_term',
        'rs_utm_content',
        'rs_google_client_id',
      ].map((api_name) => ({
        api_name,
        field_label: api_name,
        data_type: 'text',
        custom_field: true,
        length: 255,
      })),
    });
    const settings = enabled((s) => withRingostat(s));
    expect(run(settings, { fieldsByModule: fields }).ready).toBe(true);
  });

  it('guides activity custom fields to the Activities module and picks the type from the source', () => {
    const settings = enabled((s) => {
      s.channels.web_chat.mapping.Tasks?.push(
        { zohoField: 'Chat_Transcript', source: { kind: 'field', path: 'conversation.transcript' } },
        { zohoField: 'Chat_Seconds', source: { kind: 'field', path: 'conversation.duration' } },
      );
    });
    const guides = run(settings).problems.flatMap((p) => (p.createField ? [p.createField] : []));
    expect(guides.map((g) => [g.apiName, g.uiType, g.dataType, g.zohoPath.slice(3).join(' > ')])).toEqual([
      ['Chat_Transcript', 'Multi Line', 'textarea', 'Activities > Tasks'],
      ['Chat_Seconds', 'Number', 'integer', 'Activities > Tasks'],
    ]);
  });

  it('finds unmapped mandatory fields, vanished fields, type mismatches and bad picklist constants', () => {
    const settings = enabled((s) => {
      s.channels.web_chat.mapping.Leads = [
        { zohoField: 'Fax', source: { kind: 'field', path: 'visitor.phone' } },
        { zohoField: 'Email', source: { kind: 'field', path: 'conversation.started_at' } },
        { zohoField: 'Lead_Source', source: { kind: 'constant', value: 'Live Chat' } },
        { zohoField: 'Full_Name', source: { kind: 'field', path: 'visitor.name' } },
      ];
    });
    expect(errors(run(settings)).map((p) => [p.code, p.path.join('.'), p.field])).toEqual([
      ['field_missing', 'channels.web_chat.mapping.Leads.0.zohoField', 'Fax'],
      ['type_mismatch', 'channels.web_chat.mapping.Leads.1.source', 'Email'],
      ['picklist_value_unknown', 'channels.web_chat.mapping.Leads.2.source.value', 'Lead_Source'],
      ['field_read_only', 'channels.web_chat.mapping.Leads.3.source', 'Full_Name'],
      ['mandatory_unmapped', 'channels.web_chat.mapping.Leads', 'Last_Name'],
    ]);
    const picklist = run(settings).problems.find((p) => p.code === 'picklist_value_unknown');
    expect(picklist?.message).toEqual({
      key: 'preflight.picklist_value_unknown',
      params: {
        module: 'Leads',
        field: 'Lead_Source',
        value: 'Live Chat',
        allowed: '-None-, Advertisement, Cold Call, Chat, Web Download',
      },
    });
  });

  it('tells failed metadata apart from missing fields', () => {
    const fields = globexFields();
    delete fields.Tasks;
    const result = run(enabled(), { fieldsByModule: fields });
    expect(errors(result)).toEqual([
      expect.objectContaining({
        code: 'metadata_unavailable',
        path: ['channels', 'web_chat', 'mapping', 'Tasks'],
        module: 'Tasks',
      }),
    ]);
  });

  it('checks deals, and warns about records Zoho cannot link to a Lead', () => {
    const settings = enabled((s) => {
      s.channels.web_chat.createDeal = { enabled: true, stage: 'Won' };
      s.channels.web_chat.conversationAs = ['Tasks', 'Cases'];
      s.channels.web_chat.rules = [];
    });
    expect(run(settings).problems.map((p) => `${p.severity}:${p.code}@${p.path.join('.')}`)).toEqual([
      'error:picklist_value_unknown@channels.web_chat.createDeal.stage',
      'error:deal_value_required@channels.web_chat.createDeal.pipeline',
      'warning:deal_not_linked_to_lead@channels.web_chat.createDeal.enabled',
      'warning:case_not_linked_to_lead@channels.web_chat.conversationAs.1',
      'warning:no_rules@channels.web_chat.rules',
    ]);
  });

  it('checks support setups against the org picklists', () => {
    const base = applyPreset(enabled(), 'inbox', 'support');
    base.channels.inbox.enabled = true;
    base.channels.inbox.mapping.Cases = base.channels.inbox.mapping.Cases?.map((r) =>
      r.zohoField === 'Case_Origin' ? { ...r, source: { kind: 'constant', value: 'Chat' } } : r,
    );
    expect(errors(run(base, { channels: ['inbox'] })).map((p) => `${p.code}@${p.path.join('.')}`)).toEqual([
      'picklist_value_unknown@channels.inbox.mapping.Cases.3.source.value',
    ]);
  });

  it('uses built-in Notes fields when Notes metadata is not readable', () => {
    const settings = enabled((s) => {
      s.channels.meetings.enabled = true;
    });
    expect(errors(run(settings, { channels: ['meetings'] }))).toEqual([]);
  });

  it('checks identification custom fields', () => {
    const settings = enabled((s) => {
      s.identification.rules.Contacts.push({
        kind: 'custom_field',
        zohoField: 'Customer_No',
        source: 'custom.order_id',
      });
    });
    expect(errors(run(settings))).toEqual([
      expect.objectContaining({
        code: 'custom_field_missing',
        path: ['identification', 'rules', 'Contacts', 3, 'zohoField'],
        createField: expect.objectContaining({ apiName: 'Customer_No', uiType: 'Single Line' }) as unknown,
      }),
    ]);
  });

  it('checks owners and lists agents no Zoho user matches', () => {
    const settings = enabled((s) => {
      s.owners = {
        fallback: 'connected_user',
        missedCallOwnerId: '1003',
        userLinks: [
          { agentEmail: 'bob@acme.test', zohoUserId: '1002', source: 'manual' },
          { agentEmail: 'eve@acme.test', zohoUserId: '9999', source: 'manual' },
        ],
      };
    });
    const result = run(settings, { agentEmails: ['ann@acme.test', 'bob@acme.test', 'zed@acme.test'] });
    expect(
      result.problems
        .filter((p) => p.path[0] === 'owners')
        .map((p) => [p.severity, p.code, p.path.join('.'), p.message.params]),
    ).toEqual([
      ['error', 'owner_not_active', 'owners.missedCallOwnerId', { userId: '1003' }],
      [
        'error',
        'owner_not_active',
        'owners.userLinks.1.zohoUserId',
        { userId: '9999', agentEmail: 'eve@acme.test' },
      ],
      [
        'warning',
        'agent_unmatched',
        'owners.userLinks',
        { agentEmail: 'zed@acme.test', fallback: 'connected_user' },
      ],
    ]);
  });

  it('makes an unmatched agent an error when the default owner is gone', () => {
    const settings = enabled((s) => {
      s.owners = { fallback: 'default_owner', defaultOwnerId: '1003', userLinks: [] };
    });
    const result = run(settings, { agentEmails: ['zed@acme.test'] });
    expect(errors(result).map((p) => p.code)).toEqual(['owner_not_active', 'agent_without_owner']);
  });
});
