import type { AutomationHistoryEntry } from '@cxc/shared/api/agent-panel';
import { normalizePhone } from '@cxc/shared/domain/phone';
import { countryFromText } from '@cxc/shared/domain/record-country';
import type { CountryCode } from 'libphonenumber-js';
import type { AppDeps } from '../../app-deps.ts';
import { EVENT_COLUMNS, type EventRow, toActivityEvent } from '../activity/activity-rows.ts';
import { zohoWebLinks } from '../activity/zoho-web-links.ts';

export interface AutomationHistoryQuery {
  conversationId?: string | undefined;
  /** E.164 numbers of the visitor. */
  phones: string[];
  email?: string | undefined;
  agentEmail?: string | undefined;
  /** Reads an event's phone typed without `+`. */
  defaultCountry?: CountryCode | undefined;
}

type Row = EventRow & {
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
 * The engine events matching the panel's history criteria (OR). Phones are stored as the platform
 * typed them, so SQL only narrows by the last seven digits and the exact E.164 comparison runs here.
 */
export async function listAutomationHistory(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  query: AutomationHistoryQuery,
): Promise<AutomationHistoryEntry[]> {
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
  const [{ rows }, webLink] = await Promise.all([
    deps.pool.query<Row>(
      `select ${EVENT_COLUMNS}, ${CUSTOMER_PHONE} as customer_phone,
              ${CUSTOMER_COUNTRY} as customer_country, ${AGENT_EMAIL} as agent_email
         from events e where e.tenant_id = $1 and (${clauses.join(' or ')})
        order by e.received_at desc, e.seq desc limit 100`,
      args,
    ),
    zohoWebLinks(deps, tenantId),
  ]);
  const samePhone = (raw: string | null, country: string | null) => {
    if (!raw) return false;
    const phone = normalizePhone(raw, countryFromText(country) ?? query.defaultCountry);
    return phone.ok && query.phones.includes(phone.e164);
  };
  return rows
    .filter(
      (row) =>
        row.conversation_id === query.conversationId ||
        (!!query.email && row.visitor_email?.toLowerCase() === query.email.toLowerCase()) ||
        (!!query.agentEmail && row.agent_email === query.agentEmail.toLowerCase()) ||
        samePhone(row.customer_phone, row.customer_country),
    )
    .map((row) => {
      const event = toActivityEvent(row, webLink);
      return {
        id: event.id,
        eventId: event.eventId,
        type: event.type,
        channel: event.channel,
        conversationId: event.conversationId,
        status: event.status,
        skipReason: event.skipReason,
        records: event.records,
        error: event.error,
        at: event.occurredAt,
      };
    });
}
