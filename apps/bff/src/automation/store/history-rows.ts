import type { Queryable } from '../../db/queryable.ts';
import { EVENT_COLUMNS, type EventRow } from './event-rows.ts';

export interface HistoryCriteria {
  conversationId?: string | undefined;
  email?: string | undefined;
  agentEmail?: string | undefined;
  /** E.164 numbers of the visitor: SQL narrows by their last seven digits only. */
  phones: string[];
}

export type HistoryRow = EventRow & {
  customer_phone: string | null;
  customer_country: string | null;
  agent_email: string | null;
};

// The customer's number as `customerPhoneOf` reads it: the visitor's, else the far end of the call.
const CUSTOMER_PHONE = `coalesce(e.visitor_phone, case when e.payload->'call'->>'direction' = 'inbound'
  then e.payload->'call'->>'caller' else e.payload->'call'->>'callee' end)`;
/** The event's own country reads its national numbers (`030 …` from a German visitor). */
const CUSTOMER_COUNTRY = `e.payload->'visitor'->>'country'`;
const AGENT_EMAIL = `lower(coalesce(e.payload->'agent'->>'email', e.payload->'call'->>'agentEmail'))`;

/**
 * The newest 100 events matching any of the criteria (OR). Phones are stored as the platform typed
 * them, so this only narrows by the last seven digits; the caller compares the exact E.164 numbers.
 */
export async function findHistoryRows(
  db: Queryable,
  tenantId: string,
  query: HistoryCriteria,
): Promise<HistoryRow[]> {
  const clauses: string[] = [];
  const args: unknown[] = [tenantId];
  const add = (sql: (n: number) => string, value: unknown) => {
    args.push(value);
    clauses.push(sql(args.length));
  };
  if (query.conversationId) add((n) => `e.conversation_id = $${n}`, query.conversationId);
  if (query.email) add((n) => `lower(e.visitor_email) = lower($${n})`, query.email);
  if (query.agentEmail) add((n) => `${AGENT_EMAIL} = lower($${n})`, query.agentEmail);
  const tails = query.phones.map((p) => p.replace(/\D/g, '').slice(-7));
  if (tails.length)
    add((n) => `right(regexp_replace(${CUSTOMER_PHONE}, '\\D', '', 'g'), 7) = any($${n})`, tails);
  if (!clauses.length) return [];
  const { rows } = await db.query<HistoryRow>(
    `select ${EVENT_COLUMNS}, ${CUSTOMER_PHONE} as customer_phone,
              ${CUSTOMER_COUNTRY} as customer_country, ${AGENT_EMAIL} as agent_email
         from events e where e.tenant_id = $1 and (${clauses.join(' or ')})
        order by e.received_at desc, e.seq desc limit 100`,
    args,
  );
  return rows;
}
