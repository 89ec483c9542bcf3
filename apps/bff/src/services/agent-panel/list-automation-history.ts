import type { AutomationHistoryEntry } from '@cxc/shared/api/agent-panel';
import { normalizePhone } from '@cxc/shared/domain/phone';
import { countryFromText } from '@cxc/shared/domain/record-country';
import type { CountryCode } from 'libphonenumber-js';
import type { AppDeps } from '../../app-deps.ts';
import { findHistoryRows } from '../../automation/store/history-rows.ts';
import { toActivityEvent } from '../activity/activity-rows.ts';
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

/**
 * The engine events matching the panel's history criteria (OR). The store narrows phones by their last
 * seven digits; the exact E.164 comparison runs here.
 */
export async function listAutomationHistory(
  deps: Pick<AppDeps, 'pool' | 'config'>,
  tenantId: string,
  query: AutomationHistoryQuery,
): Promise<AutomationHistoryEntry[]> {
  const [rows, webLink] = await Promise.all([
    findHistoryRows(deps.pool, tenantId, query),
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
