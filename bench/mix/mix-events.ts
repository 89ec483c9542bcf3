import { normalizePhone, phoneSearchVariants } from '../../packages/shared/src/domain/phone.ts';
import { callEnded, chatEnded, inboxStarted, newChatVisitor } from '../lib/bench-events.ts';
import type { KnownPerson } from './known-people.ts';

export type MixKind = 'new_chat' | 'returning_chat' | 'known_call' | 'new_call' | 'inbox';

/** Out of every 10 events: 4 new chat visitors, 3 returning, 2 phone-only calls (one known), 1 inbox. */
const PATTERN: readonly MixKind[] = [
  'new_chat',
  'returning_chat',
  'new_chat',
  'known_call',
  'new_chat',
  'returning_chat',
  'inbox',
  'new_chat',
  'returning_chat',
  'new_call',
];

export const mixKindOf = (n: number): MixKind => PATTERN[n % PATTERN.length] as MixKind;

/**
 * How a PBX may write a number: E.164, international with spaces, `00` prefix, or national (only
 * American numbers: the org, and so the tenant's default country, is in the US).
 */
export function spell(e164: string, n: number): string {
  // [E.164, international, national, …, 00-international, …] (phone.ts keeps this order).
  const [plain, international, national, , , , zeroZero] = phoneSearchVariants(e164);
  const spellings = [plain, international, zeroZero, ...(e164.startsWith('+1') ? [national] : [])].filter(
    (s): s is string => s !== undefined,
  );
  return spellings[n % spellings.length] ?? e164;
}

/** A new caller's number: American and German ones in turn, distinct per run and n. */
function newNumber(runDigits: string, n: number): string {
  const tail = String(n).padStart(4, '0');
  return n % 2 === 0 ? `+1 646 ${runDigits.slice(0, 3)} ${tail}` : `+49 30 ${runDigits.slice(0, 3)}${tail}`;
}

const e164Of = (raw: string) => {
  const parsed = normalizePhone(raw);
  if (!parsed.ok) throw new Error(`not a number: ${raw}`);
  return parsed.e164;
};

/** The known person event `n` is, when it is a returning visitor. */
export const returningVisitorOf = (n: number, known: readonly KnownPerson[]) => known[(n * 7) % known.length];

/** The known person event `n` is, when it is a known caller (one with a phone number). */
export function knownCallerOf(n: number, known: readonly KnownPerson[]) {
  const callers = known.filter((p) => p.e164);
  return callers[(n * 11) % Math.max(1, callers.length)];
}

/** Event `n` of the mix. */
export function mixEvent(prefix: string, runDigits: string, n: number, known: readonly KnownPerson[]) {
  const id = `${prefix}${n}`;
  const person = returningVisitorOf(n, known);
  const caller = knownCallerOf(n, known);
  switch (mixKindOf(n)) {
    case 'new_chat':
      return newChatVisitor(prefix, n);
    case 'returning_chat':
      return chatEnded(id, {
        name: person?.name ?? 'Known',
        ...(person?.email ? { email: person.email } : {}),
      });
    case 'known_call':
      return callEnded(id, spell(caller?.e164 ?? '+14155550100', n));
    case 'new_call':
      return callEnded(id, spell(e164Of(newNumber(runDigits, n)), n));
    case 'inbox':
      return inboxStarted(id, { name: `Inbox Sender ${n}`, email: `${id}@inbox.example` });
  }
}

/** The records the mix should create (a duplicate is one beyond these). */
export function expectedRecords(total: number): Record<string, number> {
  const count = (kind: MixKind) =>
    Array.from({ length: total }, (_, n) => mixKindOf(n)).filter((k) => k === kind).length;
  const chats = count('new_chat') + count('returning_chat');
  return {
    Leads: count('new_chat') + count('new_call') + count('inbox'),
    Tasks: chats + count('inbox'),
    Calls: count('known_call') + count('new_call'),
  };
}
