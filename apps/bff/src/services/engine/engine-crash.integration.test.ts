import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
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

const WORKER = fileURLToPath(new URL('../../jobs/worker-main.ts', import.meta.url));
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
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrlOf(env.stack),
      ENCRYPTION_KEYS: encryptionKeys,
      ZOHO_SIM_URL: env.sim.baseUrl,
      ENGINE_RETRY_BASE_MS: '50',
      ENGINE_WORKERS: '24',
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

/** Waits until Zoho has applied a few Lead writes (their answers still held back). */
async function recordsAppliedInZoho(leadsBefore: number): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 10) {
    if (((await simRecordCounts(env.sim, ACME_ORG_ID)).Leads ?? 0) - leadsBefore >= 3) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('Zoho never received a write');
}

it('loses and duplicates nothing when the worker is SIGKILLed in the middle of a burst', async () => {
  const send = await eventSender(env.stack, env.acmeAdmin, 'acme');
  const before = await simRecordCounts(env.sim, ACME_ORG_ID);
  // Zoho applies each write at once but answers 1.5 s later: the kill lands between the two, so Zoho
  // holds records the killed worker never heard about.
  await simFaults(env.sim, { answer_delay_ms: 1_500, target: 'api' });
  const ids: string[] = [];
  for (let n = 0; n < 24; n += 1) {
    const id = `crash-${n}`;
    const event = {
      ...SAMPLE_EVENTS['chat.ended'],
      id,
      visitor: { name: `Crash ${n}`, email: `crash${n}@drill.example`, company: 'Crash Co' },
      conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: `conv-crash-${n}` },
    };
    expect((await send(event)).status).toBe(202);
    ids.push(id);
  }
  const first = await startWorker();
  await recordsAppliedInZoho(before.Leads ?? 0);
  first.kill('SIGKILL');
  await once(first, 'exit');
  children.delete(first);
  const { rows } = await env.stack.pool.query<{ status: string; n: string }>(
    `select status, count(*) as n from events where event_id like 'crash-%' group by status`,
  );
  // The kill must land mid-burst for the drill to mean anything.
  expect(rows.find((row) => row.status === 'done')?.n).not.toBe(String(ids.length));
  // Records the killed worker never heard about: the restart must adopt them (Lead upserts on e-mail,
  // Task markers) instead of writing them again.
  const orphaned = await simRecordCounts(env.sim, ACME_ORG_ID);
  const { rows: known } = await env.stack.pool.query<{ n: string }>(
    "select count(*) as n from event_operations where status = 'done' and module = 'Leads'",
  );
  expect((orphaned.Leads ?? 0) - (before.Leads ?? 0)).toBeGreaterThan(Number(known[0]?.n));
  await simFaults(env.sim, { answer_delay_ms: 0, latency_ms: 20, target: 'api' });

  const second = await startWorker();
  const settled = await waitForEvents(env.stack, 'acme', ids, undefined, 60_000);
  expect(new Set(Object.values(settled).map((row) => row.status))).toEqual(new Set(['done']));
  const after = await simRecordCounts(env.sim, ACME_ORG_ID);
  expect({
    Leads: (after.Leads ?? 0) - (before.Leads ?? 0),
    Tasks: (after.Tasks ?? 0) - (before.Tasks ?? 0),
  }).toEqual({
    Leads: ids.length,
    Tasks: ids.length,
  });
  second.kill('SIGTERM');
  await once(second, 'exit');
  children.delete(second);
}, 120_000);
