import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { databaseUrlOf, editSettings, eventSender, waitForEvents } from '../../../test/engine-helpers.ts';
import {
  type ConnectedStack,
  simFaults,
  simRecordCounts,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';
import { builtWorker, nodeArgs } from '../../../test/built-entry.ts';

let env: ConnectedStack;
const children = new Set<ChildProcess>();

beforeAll(async () => {
  env = await startConnectedStack();
  await editSettings(env.acmeAdmin, 'acme', (s) => {
    Object.assign(s.channels.web_chat, { enabled: true, mode: 'automatic' });
  });
}, 120_000);
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await env?.stop();
});

/** The engine in its own process, as in production with ENGINE=off on the BFF. */
async function startWorker(): Promise<ChildProcess> {
  const encryptionKeys = env.stack.config.encryptionKeys ?? '';
  const child = spawn(process.execPath, [...nodeArgs, builtWorker], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrlOf(env.stack),
      ENCRYPTION_KEYS: encryptionKeys,
      ZOHO_SIM_URL: env.sim.baseUrl,
      ENGINE_RETRY_BASE_MS: '50',
      ENGINE_WORKERS: '24',
      // Its health and metrics port: any free one, so drills and other runs never collide on 3001.
      WORKER_PORT: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  while (!output.includes('engine worker ready')) {
    if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return child;
}

type Counted = 'Leads' | 'Tasks';

/** Waits until Zoho has applied a few writes of `module` (their answers still held back). */
async function recordsAppliedInZoho(module: Counted, before: number): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 10) {
    if (((await simRecordCounts(env.sim, ACME_ORG_ID))[module] ?? 0) - before >= 3) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Zoho never received a write to ${module}`);
}

/**
 * Sends 24 conversations, SIGKILLs the worker once Zoho has applied writes of `killDuring` whose answers
 * it still holds back, restarts it, and counts: one Lead and one Task per conversation.
 */
async function crashDrill(prefix: string, visitor: (n: number) => object, killDuring: Counted) {
  const send = await eventSender(env.stack, env.acmeAdmin, 'acme');
  const before = await simRecordCounts(env.sim, ACME_ORG_ID);
  // Zoho applies each write at once but answers 1.5 s later: the kill lands between the two, so Zoho
  // holds records the killed worker never heard about.
  await simFaults(env.sim, { answer_delay_ms: 1_500, target: 'api' });
  const ids: string[] = [];
  for (let n = 0; n < 24; n += 1) {
    const id = `${prefix}-${n}`;
    const event = {
      ...SAMPLE_EVENTS['chat.ended'],
      id,
      visitor: visitor(n),
      conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: `conv-${prefix}-${n}` },
    };
    expect((await send(event)).status).toBe(202);
    ids.push(id);
  }
  const first = await startWorker();
  await recordsAppliedInZoho(killDuring, before[killDuring] ?? 0);
  first.kill('SIGKILL');
  await once(first, 'exit');
  children.delete(first);
  const { rows } = await env.stack.pool.query<{ status: string; n: string }>(
    `select status, count(*) as n from events where event_id like $1 group by status`,
    [`${prefix}-%`],
  );
  // The kill must land mid-burst for the drill to mean anything.
  expect(rows.find((row) => row.status === 'done')?.n).not.toBe(String(ids.length));
  // Records the killed worker never heard about: the restart must adopt them instead of writing them
  // again.
  const orphaned = await simRecordCounts(env.sim, ACME_ORG_ID);
  const { rows: known } = await env.stack.pool.query<{ n: string }>(
    `select count(*) as n from event_operations o join events e on e.id = o.event_id
      where o.status = 'done' and o.module = $1 and e.event_id like $2`,
    [killDuring, `${prefix}-%`],
  );
  expect((orphaned[killDuring] ?? 0) - (before[killDuring] ?? 0)).toBeGreaterThan(Number(known[0]?.n));
  await simFaults(env.sim, { answer_delay_ms: 0, latency_ms: 20, target: 'api' });

  const second = await startWorker();
  const settled = await waitForEvents(env.stack, 'acme', ids, undefined, 60_000);
  expect(new Set(Object.values(settled).map((row) => row.status))).toEqual(new Set(['done']));
  const after = await simRecordCounts(env.sim, ACME_ORG_ID);
  expect({
    Leads: (after.Leads ?? 0) - (before.Leads ?? 0),
    Tasks: (after.Tasks ?? 0) - (before.Tasks ?? 0),
  }).toEqual({ Leads: ids.length, Tasks: ids.length });
  second.kill('SIGTERM');
  await once(second, 'exit');
  children.delete(second);
  await simFaults(env.sim, null);
}

it('SIGKILL while Lead upserts are unanswered: the restart adopts them by e-mail', async () => {
  await crashDrill(
    'crash',
    (n) => ({ name: `Crash ${n}`, email: `crash${n}@drill.example`, company: 'Crash Co' }),
    'Leads',
  );
}, 120_000);

it('SIGKILL while Task inserts are unanswered: the restart finds them by marker (COQL, no Description in WHERE)', async () => {
  await crashDrill(
    'crashtask',
    (n) => ({ name: `Phone Only ${n}`, phone: `+1 202 555 ${String(1000 + n)}` }),
    'Tasks',
  );
}, 120_000);
