import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectTenantToSim } from '../../../test/connect-tenant-to-sim.ts';
import { waitForEvents } from '../../../test/engine-helpers.ts';
import { type EngineStack, startEngineStack } from '../../../test/engine-stack.ts';
import { simFaults, simRecordCounts } from '../../../test/start-connected-stack.ts';

let env: EngineStack;
let send: EngineStack['send'];

beforeAll(async () => {
  env = await startEngineStack({ env: { ZOHO_MAX_RETRIES: '1' }, engine: { maxAttempts: 100 } });
  send = env.send;
}, 120_000);
afterEach(async () => {
  await simFaults(env.sim, null);
});
afterAll(async () => {
  await env?.stop();
});

const ended = (drill: string, n: number) => ({
  ...SAMPLE_EVENTS['chat.ended'],
  id: `${drill}-${n}`,
  visitor: { name: `Visitor ${drill} ${n}`, email: `v${n}.${drill}@drill.example`, company: 'Drill Co' },
  conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: `conv-${drill}-${n}` },
});

async function burst(drill: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const answer = await send(ended(drill, n));
    expect(answer.status).toBe(202);
    ids.push(`${drill}-${n}`);
  }
  return ids;
}

async function created(before: Record<string, number>) {
  const after = await simRecordCounts(env.sim, ACME_ORG_ID);
  return { Leads: (after.Leads ?? 0) - (before.Leads ?? 0), Tasks: (after.Tasks ?? 0) - (before.Tasks ?? 0) };
}

async function waitForStatus(ids: string[], status: string) {
  return waitForEvents(env.stack, 'acme', ids, [status, 'done', 'failed', 'skipped']).then((rows) =>
    Object.values(rows).some((row) => row.status === status),
  );
}

describe('failure drills: every record exactly once', () => {
  it('rides out a Zoho outage: events retry, then finish', async () => {
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    await simFaults(env.sim, { outage: true, target: 'api' });
    const ids = await burst('outage', 6);
    expect(await waitForStatus(ids, 'retrying')).toBe(true);
    await simFaults(env.sim, null);
    const settled = await waitForEvents(env.stack, 'acme', ids);
    expect(Object.values(settled).map((row) => row.status)).toEqual(ids.map(() => 'done'));
    expect(await created(before)).toEqual({ Leads: 6, Tasks: 6 });
  });

  it('rides out a 429 storm', async () => {
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    await simFaults(env.sim, { error_rate_429: 0.6, target: 'api' });
    const ids = await burst('storm', 10);
    await waitForEvents(env.stack, 'acme', ids.slice(0, 3), ['done', 'retrying', 'failed', 'skipped']);
    await simFaults(env.sim, { error_rate_429: 0.2, target: 'api' });
    const settled = await waitForEvents(env.stack, 'acme', ids, undefined, 60_000);
    expect(Object.values(settled).map((row) => row.status)).toEqual(ids.map(() => 'done'));
    expect(await created(before)).toEqual({ Leads: 10, Tasks: 10 });
  });

  it('refreshes an access token that expires in the middle of a burst', async () => {
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    const first = await burst('expiry-a', 4);
    await fetch(`${env.sim.baseUrl}/__sim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance_seconds: 3_700 }),
    });
    const second = await burst('expiry-b', 4);
    const settled = await waitForEvents(env.stack, 'acme', [...first, ...second]);
    expect(new Set(Object.values(settled).map((row) => row.status))).toEqual(new Set(['done']));
    expect(await created(before)).toEqual({ Leads: 8, Tasks: 8 });
  });

  it('waits for a reconnect when the refresh token is revoked, then resumes', async () => {
    const before = await simRecordCounts(env.sim, ACME_ORG_ID);
    await fetch(`${env.sim.baseUrl}/__sim/revoke-refresh-tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_email: 'zoho-admin@acme.example' }),
    });
    // The access token still works until it expires; move past that so Zoho must refresh.
    await fetch(`${env.sim.baseUrl}/__sim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ advance_seconds: 3_700 }),
    });
    const ids = await burst('revoked', 3);
    const waiting = await waitForEvents(env.stack, 'acme', ids, ['waiting_reconnect']);
    expect(Object.values(waiting).map((row) => (row.error as { code: string }).code)).toEqual(
      ids.map(() => 'needs_reconnect'),
    );
    expect(await created(before)).toEqual({ Leads: 0, Tasks: 0 });

    await connectTenantToSim(env.stack, env.sim, env.acmeAdmin, {
      userEmail: 'zoho-admin@acme.example',
      dataCenterId: 'sim-us',
    });
    const settled = await waitForEvents(env.stack, 'acme', ids);
    expect(Object.values(settled).map((row) => row.status)).toEqual(ids.map(() => 'done'));
    expect(await created(before)).toEqual({ Leads: 3, Tasks: 3 });
  });
});
