import { describe, expect, it } from 'vitest';
import type { Lookup } from '@cxc/shared/domain/lookup';
import { event } from '@cxc/shared/domain/testing/events';
import { memoryLookup } from './testing/memory-lookup.ts';
import { plan } from './testing/plan-harness.ts';

const lead = { id: '800', Last_Name: 'Lovelace', Email: 'ada@example.com', Company: 'Engines' };

/** The org's records behind a lookup whose answers come a turn later, noting what was open at each ask. */
function slowLookup(concurrent: boolean) {
  const memory = memoryLookup({ Leads: [lead] });
  const openAtAsk: number[] = [];
  let open = 0;
  const lookup: Lookup = async (query) => {
    openAtAsk.push(open);
    open += 1;
    await new Promise((resolve) => setTimeout(resolve, 0));
    open -= 1;
    return memory.lookup(query);
  };
  lookup.concurrent = concurrent;
  return { lookup, openAtAsk, asked: memory.calls };
}

describe('identification with a lookup that batches (asked up front)', () => {
  it("asks every module's e-mail question before the first answer, and plans exactly as one by one", async () => {
    const sequential = slowLookup(false);
    const together = slowLookup(true);
    const one = await plan(event('chat.ended'), {}, { lookup: sequential.lookup });
    const all = await plan(event('chat.ended'), {}, { lookup: together.lookup });
    // One by one, each question waits for the previous answer; up front, Leads is asked while Contacts is open.
    expect(Math.max(...sequential.openAtAsk)).toBe(0);
    expect(Math.max(...together.openAtAsk)).toBeGreaterThan(0);
    expect(all.plan.identified).toEqual(one.plan.identified);
    expect(all.plan.identified).toMatchObject({ outcome: 'found', module: 'Leads', recordId: '800' });
    expect(all.plan.searches).toEqual(one.plan.searches);
    expect(all.plan.operations).toEqual(one.plan.operations);
  });

  it('asks each question once, however many rules would ask it', async () => {
    const together = slowLookup(true);
    await plan(event('chat.ended'), {}, { lookup: together.lookup });
    const keys = together.asked.map((q) => JSON.stringify(q));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
