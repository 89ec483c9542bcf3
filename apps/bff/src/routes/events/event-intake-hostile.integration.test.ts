import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mutatedJson } from '../../../test/fuzz/mutate-json.ts';
import { type SigningStack, startSigningStack } from '../../../test/signing-stack.ts';
import { cleanText } from '../../text/clean-text.ts';

/** CI keeps the default small so the file stays short; `FUZZ_RUNS=500` digs deeper. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12) * 5;

let env: SigningStack;

beforeAll(async () => {
  env = await startSigningStack();
});
afterAll(async () => {
  await env.stack.stop();
});

let sequence = 0;

/** Each sample gets its own id so an accepted event can be found again; the mutation may still replace it. */
function sample(type: keyof typeof SAMPLE_EVENTS) {
  sequence += 1;
  const event = SAMPLE_EVENTS[type];
  return {
    ...event,
    id: `fuzz-${sequence}`,
    conversation: { ...event.conversation, id: `fuzz-conv-${sequence}` },
  };
}

const hostileEvent = fc
  .constantFrom(...(Object.keys(SAMPLE_EVENTS) as (keyof typeof SAMPLE_EVENTS)[]))
  .chain((type) => mutatedJson(sample(type)));

describe('POST /api/events with hostile events', () => {
  it('answers 202 or 400, never 5xx, and every accepted event is stored', async () => {
    await fc.assert(
      fc.asyncProperty(hostileEvent, async (event) => {
        const body = Buffer.from(JSON.stringify(event), 'utf8');
        const answer = await env.post(body);
        const text = await answer.text();
        expect([202, 400, 413], text.slice(0, 300)).toContain(answer.status);
        if (answer.status !== 202) return;
        const { eventId } = JSON.parse(text) as { eventId: string };
        const { rowCount } = await env.stack.pool.query(
          "select 1 from events where tenant_id = 'acme' and event_id = $1",
          [eventId],
        );
        expect(rowCount).toBe(1);
        const sentId = (event as { id?: unknown }).id;
        if (typeof sentId === 'string') expect(eventId).toBe(cleanText(sentId));
      }),
      { numRuns: RUNS },
    );
  }, 180_000);
});
