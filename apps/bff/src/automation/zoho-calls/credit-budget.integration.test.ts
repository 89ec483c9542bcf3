import { retryActivityEvent } from '@cxc/shared/api/activity';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { editSettings, waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, startEngineStack } from '../../../test/engine-stack.ts';
import { call, ok } from '../../../test/settings-api.ts';
import { simRecordCounts, simRequests } from '../../../test/start-connected-stack.ts';
import { CREDIT_BUDGET_REACHED } from './credit-budget.ts';

let env: EngineStack;

beforeAll(async () => {
  env = await startEngineStack({
    settings: (s) => {
      s.automation = { creditBudgetPer24h: 500 };
    },
  });
}, 120_000);
afterAll(() => env?.stop());

const event = {
  ...SAMPLE_EVENTS['chat.ended'],
  id: 'budget-1',
  visitor: { name: 'Budget Visitor', email: 'budget.visitor@example.com' },
  conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: 'conv-budget-1' },
};

it("waits without calling Zoho once the tenant's credit budget is used up, and runs when it is raised", async () => {
  // 500 credits spent in the last 24 hours, as the connection card would show them.
  await env.stack.pool.query(
    `insert into zoho_credit_usage (tenant_id, bucket, credits) values ('acme', date_trunc('minute', now()), 500)
     on conflict (tenant_id, bucket) do update set credits = zoho_credit_usage.credits + 500`,
  );
  const before = await simRecordCounts(env.sim, ACME_ORG_ID);
  const { lastSeq } = await simRequests(env.sim);

  expect((await env.send(event)).status).toBe(202);
  const waiting = await waitForEvents(env.stack, 'acme', ['budget-1'], ['retrying']);
  expect(waiting['budget-1']?.error).toMatchObject({ code: CREDIT_BUDGET_REACHED });
  // Setting up the connection spent a few credits too: the count is the tenant's real one.
  expect(JSON.stringify(waiting['budget-1']?.error)).toMatch(
    /used \d{3,} Zoho credits in the last 24 hours; this tenant's limit for automatic mode is 500\./,
  );
  const { rows } = await env.stack.pool.query<{ id: string; next_attempt_at: Date }>(
    `select id, next_attempt_at from events where tenant_id = 'acme' and event_id = 'budget-1'`,
  );
  // It waits minutes, not a retry's milliseconds: credits only free up as the 24-hour window moves.
  expect(rows[0]!.next_attempt_at.getTime() - Date.now()).toBeGreaterThan(60_000);
  const { requests } = await simRequests(env.sim, lastSeq);
  expect(requests.filter((r) => r.path.includes('/crm/v2/'))).toEqual([]);

  await editSettings(env.acmeAdmin, 'acme', (s) => {
    s.automation = { creditBudgetPer24h: 100_000 };
  });
  // The engine reuses a tenant's verdict for 5 s so a burst costs two queries, not two per event. The
  // retry must also pull the conversation's job, scheduled 5 minutes out, forward.
  await new Promise((resolve) => setTimeout(resolve, 5_500));
  ok(await call(env.acmeAdmin, retryActivityEvent, { tenantId: 'acme', id: rows[0]!.id }));
  const settled = await waitForEvents(env.stack, 'acme', ['budget-1']);
  expect(settled['budget-1']?.status).toBe('done');
  const after = await simRecordCounts(env.sim, ACME_ORG_ID);
  expect((after.Leads ?? 0) - (before.Leads ?? 0)).toBe(1);
}, 60_000);
