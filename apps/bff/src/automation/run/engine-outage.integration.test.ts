import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { ACME_ORG_ID } from '@cxc/zoho-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlOf, editSettings, eventSender, waitForEvents } from '../../../test/engine-helpers.ts';
import {
  simCallsSince,
  simFieldValues,
  simInspectorToken,
  simIsDown,
  simLastSeq,
  takeSimDown,
} from '../../../test/sim-outage.ts';
import {
  type ConnectedStack,
  simRecordCounts,
  startConnectedStack,
} from '../../../test/start-connected-stack.ts';
import { type RunningEngine, startEngine } from '../queue/start-engine.ts';

/** The README's drill "the simulator down for two minutes", in real time: no injected clock, no 503s. */
const OUTAGE_MS = 120_000;
const BEFORE = 10;
const DURING = 10;
/** Sends during the outage are spread over its first 80 s, so the last ones still see it. */
const SEND_EVERY_MS = 8_000;

let env: ConnectedStack;
let engine: RunningEngine;
let send: (event: unknown) => Promise<Response>;

beforeAll(async () => {
  // The Zoho client's own retry settings stay at their defaults: the drill measures what production pays.
  env = await startConnectedStack();
  await editSettings(env.acmeAdmin, 'acme', (s) => {
    Object.assign(s.channels.web_chat, { enabled: true, mode: 'automatic' });
  });
  send = await eventSender(env.stack, env.acmeAdmin, 'acme');
  engine = await startEngine(env.stack.deps, databaseUrlOf(env.stack), {
    retryBaseMs: 500,
    retryMaxMs: 5_000,
    // Transient failures do not count against maxAttempts; only age ends them, and 10 min is ample.
    giveUpAfterMs: 600_000,
    sweepIntervalMs: 1_000,
  });
}, 120_000);
afterAll(async () => {
  await engine?.stop();
  await env?.stop();
});

const eventId = (n: number) => `outage-${String(n).padStart(2, '0')}`;
const ended = (n: number) => ({
  ...SAMPLE_EVENTS['chat.ended'],
  id: eventId(n),
  visitor: { name: `Visitor outage ${n}`, email: `v${n}.outage@drill.example`, company: 'Drill Co' },
  conversation: { ...SAMPLE_EVENTS['chat.ended'].conversation, id: `conv-outage-${n}` },
});

async function sendConversation(n: number): Promise<void> {
  expect((await send(ended(n))).status).toBe(202);
}

type Row = { status: string; error: unknown };

async function readEvents(ids: string[]): Promise<Record<string, Row>> {
  const { rows } = await env.stack.pool.query<Row & { event_id: string }>(
    'select event_id, status, error from events where tenant_id = $1 and event_id = any($2)',
    ['acme', ids],
  );
  return Object.fromEntries(rows.map((row) => [row.event_id, row]));
}

/** Leads per conversation, by the visitor's e-mail (people are upserted on Email, without a marker). */
async function leadsPerEvent(token: string): Promise<Record<string, number>> {
  const emails = await simFieldValues(env.sim, token, 'Leads', 'Email', '.outage@drill.example');
  return tally(emails.map((email) => /^v(\d+)\.outage@/.exec(email)?.[1]));
}

/** Tasks per conversation, by the create marker (`[cxc-<events.id without dashes>-<step>]`). */
async function tasksPerEvent(token: string, ids: string[]): Promise<Record<string, number>> {
  const { rows } = await env.stack.pool.query<{ key: string; event_id: string }>(
    `select replace(id::text, '-', '') as key, event_id from events where tenant_id = $1 and event_id = any($2)`,
    ['acme', ids],
  );
  const byKey = new Map(rows.map((row) => [row.key, row.event_id]));
  const texts = await simFieldValues(env.sim, token, 'Tasks', 'Description', 'cxc-');
  const counts: Record<string, number> = {};
  for (const [, key] of texts.flatMap((text) => [...text.matchAll(/\[cxc-([0-9a-f]+)-\d+\]/g)])) {
    const id = byKey.get(key ?? '') ?? 'unknown event';
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

function tally(numbers: (string | undefined)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const n of numbers) {
    const key = n === undefined ? 'unparsed' : eventId(Number(n));
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('failure drill: Zoho unreachable for two real minutes', () => {
  it('keeps every event retrying through the outage, then writes each record exactly once', async () => {
    const inspector = await simInspectorToken(env.sim, 'zoho-admin@acme.example');
    const countsBefore = await simRecordCounts(env.sim, ACME_ORG_ID);
    const cursor = await simLastSeq(env.sim);
    const ids = Array.from({ length: BEFORE + DURING }, (_, n) => eventId(n));

    for (let n = 0; n < BEFORE; n += 1) await sendConversation(n);
    const downAt = Date.now();
    const upAt = await takeSimDown(env.sim, OUTAGE_MS);

    // What each event looked like while Zoho was down (only polls that ended before it came back count).
    const seenRetrying = new Map<string, Row>();
    let lastSeen: Record<string, Row> = {};
    let sent = BEFORE;
    while (await simIsDown(env.sim)) {
      if (sent < BEFORE + DURING && Date.now() >= downAt + (sent - BEFORE + 1) * SEND_EVERY_MS) {
        await sendConversation(sent);
        sent += 1;
      }
      const rows = await readEvents(ids);
      if (Date.now() < upAt) {
        lastSeen = rows;
        for (const [id, row] of Object.entries(rows))
          if (row.status === 'retrying' && !seenRetrying.has(id)) seenRetrying.set(id, row);
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(sent).toBe(BEFORE + DURING);

    const settled = await waitForEvents(env.stack, 'acme', ids, undefined, 240_000);
    const allDoneAt = Date.now();
    const calls = await simCallsSince(env.sim, cursor);

    const unfinished = ids.filter((id) => settled[id]?.status !== 'done').map((id) => [id, settled[id]]);
    // On failure, the engine's own account of why (the first failed attempts) is in the message.
    const why = env.stack.recorder.logLines.filter((line) => /(attempt|event) failed/.test(line)).slice(0, 2);
    expect(unfinished, why.join('\n')).toEqual([]);
    // Every event still open at the end of the outage (all sent during it, and the first ones it caught
    // in flight) was retrying, with the network error explained.
    const open = ids.filter((id) => lastSeen[id]?.status !== 'done');
    expect(open).toEqual(expect.arrayContaining(ids.slice(BEFORE)));
    for (const id of open) {
      const error = seenRetrying.get(id)?.error as { code?: string; message?: string } | undefined;
      expect(error?.code, id).toBe('zoho_unreachable');
      expect(error?.message, id).toMatch(/could not be reached \(network error\)/);
    }

    const perConversation = Object.fromEntries(ids.map((id) => [id, 1]));
    expect(await leadsPerEvent(inspector)).toEqual(perConversation);
    expect(await tasksPerEvent(inspector, ids)).toEqual(perConversation);
    const countsAfter = await simRecordCounts(env.sim, ACME_ORG_ID);
    expect((countsAfter.Leads ?? 0) - (countsBefore.Leads ?? 0)).toBe(ids.length);
    expect((countsAfter.Tasks ?? 0) - (countsBefore.Tasks ?? 0)).toBe(ids.length);

    // Measured, not asserted (timing depends on the machine): printed for the drill's write-up.
    const api = calls.filter((call) => call.host === 'api');
    const byPath: Record<string, number> = {};
    for (const call of api) {
      const key = `${call.method} ${call.path.split('?')[0]} ${call.status === 0 ? 'reset' : call.status}`;
      byPath[key] = (byPath[key] ?? 0) + 1;
    }
    console.info(
      `[outage drill] down ${OUTAGE_MS} ms; all done ${allDoneAt - upAt} ms after it came back; ` +
        `API calls ${api.length} (reset ${api.filter((c) => c.status === 0).length}, ` +
        `after ${api.filter((c) => Date.parse(c.at) >= upAt).length}); ` +
        `accounts calls ${calls.length - api.length}; ${JSON.stringify(byPath)}`,
    );
  }, 360_000);
});
