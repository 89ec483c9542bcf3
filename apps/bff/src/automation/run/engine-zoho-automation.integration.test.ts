import { listLeadAssignmentRules } from '@cxc/shared/api/zoho-automation';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editSettings, waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, everyEvent, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { signIn } from '../../../test/sign-in.ts';
import { simControl } from '../../../test/sim-outage.ts';
import { simRequests } from '../../../test/start-connected-stack.ts';

/** Zoho's own automation as the simulator saw our writes: the `trigger` list in force and `lar_id`. */
interface Fired {
  record_id: string;
  module: string;
  operation: 'create' | 'edit';
  trigger: string[];
  lar_id?: string;
  assigned_owner?: string;
  fired: { name: string }[];
}
interface AssignmentRule {
  id: string;
  name: string;
  round_robin: string[];
}

let env: EngineStack;
let robin: AssignmentRule;

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      Object.assign(s.channels.inbox, { enabled: true, mode: 'automatic' });
      s.channels.inbox.rules.push(everyEvent('inbox-message', 'inbox.message.received'));
    },
  });
  const config = await simControl<{ assignment_rules: AssignmentRule[] }>(
    env.sim,
    'GET',
    `/crm/automation/${ACME_ORG_ID}`,
  );
  robin = config.assignment_rules.find((r) => r.round_robin.length > 0) as AssignmentRule;
  await editSettings(env.acmeAdmin, 'acme', (s) => {
    s.records.zohoAutomation.web_chat = {
      Leads: { triggers: ['workflow'], leadAssignmentRuleId: robin.id },
      Tasks: { triggers: [] },
    };
  });
}, 120_000);
afterAll(async () => {
  await env?.stop();
});

let serial = 0;
function eventOf(type: 'chat.ended' | 'inbox.message.received') {
  serial += 1;
  const sample = SAMPLE_EVENTS[type];
  return {
    ...sample,
    id: `za-${serial}`,
    agent: undefined,
    visitor: { name: `Auto Visitor ${serial}`, email: `auto${serial}@automation.example` },
    conversation: { ...sample.conversation, id: `conv-za-${serial}` },
  };
}

async function linkOf(conversationId: string, module: string): Promise<string> {
  const { rows } = await env.stack.pool.query<{ record_id: string }>(
    `select record_id from conversation_links where tenant_id = 'acme' and conversation_id = $1 and module = $2`,
    [conversationId, module],
  );
  return rows[0]?.record_id ?? '';
}

async function firedFor(recordId: string): Promise<Fired[]> {
  const path = `/crm/automation/${ACME_ORG_ID}/fired?record_id=${recordId}`;
  return (await simControl<{ fired: Fired[] }>(env.sim, 'GET', path)).fired;
}

async function settle(event: { id: string }) {
  expect((await env.send(event)).status).toBe(202);
  const done = await waitForEvents(env.stack, 'acme', [event.id], ['done', 'failed'], 30_000);
  expect(done[event.id]?.status).toBe('done');
}

describe('Zoho’s own automation', () => {
  it('lists the org’s Lead assignment rules by name from v2.1, then from the cache', async () => {
    const since = (await simRequests(env.sim)).lastSeq;
    const acme = { tenantId: 'acme' };
    const first = ok(await call(env.acmeAdmin, listLeadAssignmentRules, acme, { query: {} }));
    expect(first.rules.map((r) => r.name)).toEqual(['Leads by country', 'Round robin over agents']);
    expect(first.rules).toContainEqual(expect.objectContaining({ id: robin.id, description: null }));
    const again = ok(await call(env.acmeAdmin, listLeadAssignmentRules, acme, { query: {} }));
    expect(again.fetchedAt).toBe(first.fetchedAt);
    const reads = (await simRequests(env.sim, since)).requests.filter((r) =>
      r.path.includes('assignment_rules'),
    );
    expect(reads.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200']);
    expect(reads[0]?.path).toContain('/crm/v2.1/settings/automation/assignment_rules');
    const refreshed = ok(
      await call(env.acmeAdmin, listLeadAssignmentRules, acme, { query: { refresh: '1' } }),
    );
    expect(refreshed.rules).toEqual(first.rules);
    const agent = await signIn(env.stack, 'alice@acme.example');
    expect((await call(agent, listLeadAssignmentRules, acme, { query: {} })).status).toBe(403);
  });

  it('a chat’s new Lead runs only workflows and takes its owner from the chosen assignment rule', async () => {
    const event = eventOf('chat.ended');
    await settle(event);
    const lead = await firedFor(await linkOf(event.conversation.id, 'Leads'));
    expect(lead).toEqual([
      expect.objectContaining({
        module: 'Leads',
        operation: 'create',
        trigger: ['workflow'],
        lar_id: robin.id,
      }),
    ]);
    expect(robin.round_robin).toContain(lead[0]?.assigned_owner);
    expect(lead[0]?.fired.map((f) => f.name)).toContain('Welcome e-mail to new leads');
    const task = await firedFor(await linkOf(event.conversation.id, 'Tasks'));
    expect(task).toEqual([expect.objectContaining({ module: 'Tasks', trigger: [], fired: [] })]);
  }, 60_000);

  it('a channel with nothing configured sends no trigger: Zoho runs all three kinds and no rule assigns', async () => {
    const event = eventOf('inbox.message.received');
    await settle(event);
    const [lead] = await firedFor(await linkOf(event.conversation.id, 'Leads'));
    expect(lead?.trigger.sort()).toEqual(['approval', 'blueprint', 'workflow']);
    expect(lead?.lar_id).toBeUndefined();
    expect(lead?.fired.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Welcome e-mail to new leads', 'Lead qualification']),
    );
  }, 60_000);
});
