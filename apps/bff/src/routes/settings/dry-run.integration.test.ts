import { dryRun } from '@cxc/shared/api/settings';
import type { ConversationEventInput } from '@cxc/shared/domain/events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { defaultSettings, type IntegrationSettings, type UpdatePolicy } from '@cxc/shared/domain/settings';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, ok } from '../../../test/settings-api.ts';
import {
  type ConnectedStack,
  simRecordCounts,
  simRequests,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';

let env: ConnectedStack;

beforeAll(async () => {
  env = await startConnectedStack();
});
afterAll(() => env.stop());

function settings(updatePolicy: UpdatePolicy = 'overwrite'): IntegrationSettings {
  const s = defaultSettings();
  Object.assign(s.channels.web_chat, { enabled: true, mode: 'automatic' });
  s.updatePolicy = updatePolicy;
  return s;
}

function chatEnded(visitor: Record<string, string>): ConversationEventInput {
  return { ...SAMPLE_EVENTS['chat.ended'], visitor };
}

const run = async (event: ConversationEventInput, s = settings()) =>
  ok(await call(env.acmeAdmin, dryRun, { tenantId: 'acme' }, { body: { settings: s, event } })).plan;

/** zoho-admin@acme.example, who connected Acme's org in startConnectedStack. */
const ZOHO_ADMIN_ID = '4150868000000225001';
const JANE = { name: 'Jane Roe', email: 'jane.roe@example.com', phone: '+1 (415) 555-0100', country: 'US' };

describe('a known contact', () => {
  it('comes back with her name beside the plan: the console shows names, not ids', async () => {
    const body = ok(
      await call(
        env.acmeAdmin,
        dryRun,
        { tenantId: 'acme' },
        { body: { settings: settings(), event: chatEnded(JANE) } },
      ),
    );
    const janeId = body.plan.identified?.outcome === 'found' ? body.plan.identified.recordId : '';
    expect(body.records).toContainEqual({ module: 'Contacts', id: janeId, name: 'Jane Roe' });
  });

  it('is found by e-mail and updated per the overwrite policy, with the chat as a Task on her', async () => {
    const plan = await run(chatEnded(JANE));
    expect(plan.status).toBe('ready');
    expect(plan.rule).toEqual({ id: 'chat-ended', name: 'Every ended chat' });
    expect(plan.identified).toMatchObject({ outcome: 'found', module: 'Contacts', via: 'email' });
    const janeId = plan.identified?.outcome === 'found' ? plan.identified.recordId : '';
    expect(plan.searches[0]).toMatchObject({
      module: 'Contacts',
      rule: 'email',
      query: { by: 'email', module: 'Contacts', email: 'jane.roe@example.com' },
      matchedIds: [janeId],
    });
    const [person, activity, ...rest] = plan.operations;
    expect(rest).toEqual([]);
    expect(person).toMatchObject({ kind: 'update', role: 'person', module: 'Contacts', recordId: janeId });
    // Her stored Last_Name is "Roe"; e-mail and phone are the same number however written: unchanged.
    expect(person?.kind === 'update' && person.changes).toEqual([
      { field: 'Last_Name', from: 'Roe', to: 'Jane Roe' },
    ]);
    expect(activity).toMatchObject({ kind: 'create', role: 'activity', module: 'Tasks' });
    expect(activity?.kind === 'create' && activity.links).toEqual([
      { field: 'Who_Id', target: { ref: 'existing', module: 'Contacts', id: janeId }, shape: 'lookup' },
    ]);
  });

  it('is left as it is under fill_empty, every field being filled already', async () => {
    const plan = await run(chatEnded(JANE), settings('fill_empty'));
    expect(plan.operations[0]).toMatchObject({ kind: 'skip', module: 'Contacts', reason: 'no_changes' });
    expect(plan.operations[1]).toMatchObject({ kind: 'create', module: 'Tasks' });
  });

  it('is found by a phone number in another spelling when the visitor leaves no e-mail', async () => {
    const plan = await run(chatEnded({ name: 'Jane Roe', phone: '(415) 555-0101', country: 'US' }));
    expect(plan.identified).toMatchObject({ outcome: 'found', module: 'Contacts', via: 'phone' });
    const phoneSearches = plan.searches.filter((s) => s.rule === 'phone');
    expect(phoneSearches.at(-1)?.matchedIds).toHaveLength(1);
  });
});

describe('an unknown visitor', () => {
  it('is searched in Contacts then Leads, and planned as a new Lead with a Task', async () => {
    const plan = await run(
      chatEnded({ name: 'Nora Newcomer', email: 'nora.newcomer@example.com', phone: '+1 415 555 0111' }),
    );
    expect(plan.status).toBe('ready');
    expect(plan.identified).toEqual({ outcome: 'not_found' });
    expect(new Set(plan.searches.map((s) => s.module))).toEqual(new Set(['Contacts', 'Leads']));
    expect(plan.searches.every((s) => s.resultIds.length === 0)).toBe(true);
    // The sample's agent has no Zoho user: the records go to the Zoho user who connected the org.
    expect(plan.owner).toMatchObject({ ownerId: ZOHO_ADMIN_ID, source: 'connected_user' });
    const [person, activity] = plan.operations;
    expect(person).toMatchObject({
      kind: 'create',
      module: 'Leads',
      fields: {
        Last_Name: 'Nora Newcomer',
        Email: 'nora.newcomer@example.com',
        Owner: { id: ZOHO_ADMIN_ID },
      },
    });
    expect(activity?.kind === 'create' && activity.links).toEqual([
      // Zoho links a Task to a Lead through What_Id (Who_Id takes Contacts only).
      {
        field: 'What_Id',
        target: { ref: 'created', module: 'Leads', step: 1 },
        shape: 'lookup',
        seModuleField: '$se_module',
      },
    ]);
  });
});

describe('writing nothing', () => {
  it('leaves every record count of the org as it was, and only reads from Zoho', async () => {
    const countsBefore = await simRecordCounts(env.sim, ACME_ORG_ID);
    const { lastSeq } = await simRequests(env.sim);
    await run(chatEnded(JANE));
    await run(chatEnded({ name: 'Nora Newcomer', email: 'nora.newcomer@example.com' }));
    expect(await simRecordCounts(env.sim, ACME_ORG_ID)).toEqual(countsBefore);
    const { requests } = await simRequests(env.sim, lastSeq);
    expect(requests.some((r) => r.path.includes('/Contacts/search?'))).toBe(true);
    expect(requests.some((r) => r.path.includes('/Leads/search?'))).toBe(true);
    expect(requests.filter((r) => r.method !== 'GET' && !r.path.includes('/coql'))).toEqual([]);
  });
});
