import type { Pool } from 'pg';
import type { KnownPerson } from './known-people.ts';
import { knownCallerOf, mixEvent, mixKindOf, returningVisitorOf } from './mix-events.ts';

interface LeadCreate {
  eventId: string;
  recordId: string;
}

/** Who a mix event is: the e-mail of a visitor, the caller's number as the PBX spelled it. */
function identityOf(event: ReturnType<typeof mixEvent>): string {
  if ('call' in event && event.call.caller) return `caller ${event.call.caller}`;
  const visitor: { email?: string } = event.visitor;
  return `email ${visitor.email ?? '(none)'}`;
}

/**
 * `--explain-duplicates`: which events created the Leads beyond those expected. A Lead is expected only
 * from a new chat visitor, a new caller or an inbox sender, once per identity; printed are the Leads of
 * other events (a returning visitor or known caller the engine did not find, with the known record's
 * spelling) and the identities with more than one Lead (two events of one person in flight at once).
 */
export async function explainDuplicates(
  pool: Pool,
  prefix: string,
  runDigits: string,
  known: readonly KnownPerson[],
): Promise<string[]> {
  const { rows } = await pool.query<LeadCreate>(
    `select e.event_id as "eventId", o.record_id as "recordId"
       from event_operations o join events e on e.id = o.event_id
      where e.event_id like $1 and o.module = 'Leads' and o.kind = 'create' and o.status = 'done'`,
    [`${prefix}%`],
  );
  const lines: string[] = [];
  const byIdentity = new Map<string, Set<string>>();
  for (const row of rows) {
    const n = Number(row.eventId.slice(prefix.length));
    const event = mixEvent(prefix, runDigits, n, known);
    const identity = identityOf(event);
    const kind = mixKindOf(n);
    byIdentity.set(identity, (byIdentity.get(identity) ?? new Set()).add(row.recordId));
    if (kind === 'known_call' || kind === 'returning_chat') {
      const person = kind === 'known_call' ? knownCallerOf(n, known) : returningVisitorOf(n, known);
      lines.push(
        `unexpected Lead ${row.recordId} from ${kind} event ${n}: ${identity}; known ${person?.where}`,
      );
    }
  }
  for (const [identity, ids] of byIdentity)
    if (ids.size > 1) lines.push(`${ids.size} Leads for ${identity}: ${[...ids].join(', ')}`);
  return lines;
}
