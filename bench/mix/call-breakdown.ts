import { callsByPurpose, type LoggedCall } from '../lib/classify-calls.ts';
import { round } from '../lib/numbers.ts';
import { type MixKind, mixKindOf } from './mix-events.ts';

const ALL: readonly MixKind[] = ['new_chat', 'returning_chat', 'known_call', 'new_call', 'inbox'];
const EMAIL: readonly MixKind[] = ['new_chat', 'returning_chat', 'inbox'];
const CALLS: readonly MixKind[] = ['known_call', 'new_call'];

/** Which of the mix's event types need a call of this purpose (the calls are shared across types). */
function servedBy(purpose: string): readonly MixKind[] {
  const [verb = '', module = ''] = purpose.split(' ');
  if (verb === 'coql-email' || verb === 'search') return EMAIL;
  if (verb === 'coql-phone') return CALLS;
  if (verb === 'read') return ['returning_chat', 'known_call'];
  if (module === 'Leads') return ['new_chat', 'new_call', 'inbox'];
  if (module === 'Tasks') return EMAIL;
  if (module === 'Calls') return CALLS;
  return ALL;
}

/**
 * The mix's Zoho calls by purpose (per event, and records per write), then per event type: a batched call
 * serves events of several types, so each purpose's calls are split over the events of the types it
 * serves, evenly per event. Printed before the bench's summary line.
 */
export function callBreakdown(calls: readonly LoggedCall[], events: number): string[] {
  const perKind = new Map<MixKind, number>(ALL.map((k) => [k, 0]));
  for (let n = 0; n < events; n += 1) perKind.set(mixKindOf(n), (perKind.get(mixKindOf(n)) ?? 0) + 1);
  const attributed = new Map<MixKind, number>(ALL.map((k) => [k, 0]));
  const lines = ['  calls by purpose (per event of the mix; records per write):'];
  for (const [purpose, { calls: n, records }] of callsByPurpose(calls)) {
    const served = servedBy(purpose);
    const servedEvents = served.reduce((sum, k) => sum + (perKind.get(k) ?? 0), 0);
    for (const k of served)
      attributed.set(k, (attributed.get(k) ?? 0) + (n * (perKind.get(k) ?? 0)) / servedEvents);
    const perWrite = records ? ` records_per_call=${round(records / n)}` : '';
    lines.push(`    ${purpose.padEnd(28)} calls=${n} per_event=${round(n / events, 3)}${perWrite}`);
  }
  const perType = ALL.map(
    (k) => `${k}=${round((attributed.get(k) ?? 0) / Math.max(1, perKind.get(k) ?? 0), 3)}`,
  );
  lines.push(`  calls per event by type (token calls included): ${perType.join(' ')}`);
  return lines;
}
