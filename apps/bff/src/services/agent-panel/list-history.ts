import type { AutomationHistoryEntry, HistoryEntry } from '@cxc/shared/api/agent-panel';
import { normalizePhone } from '@cxc/shared/domain/phone';
import type { CountryCode } from 'libphonenumber-js';
import type { AppDeps } from '../../app-deps.ts';
import { panelRefusal } from './panel-refusal.ts';
import { getCurrentSettings } from '../settings/get-settings.ts';
import { listAutomationHistory } from './list-automation-history.ts';
import { recordUrlForTenant } from './record-url-for-tenant.ts';

export interface HistoryQuery {
  conversationId?: string | undefined;
  contactPhone?: string | undefined;
  leadPhone?: string | undefined;
  email?: string | undefined;
  agentEmail?: string | undefined;
  country?: CountryCode | undefined;
}

interface Row {
  id: string;
  created_at: Date;
  conversation_id: string | null;
  channel: HistoryEntry['channel'];
  agent_email: string;
  action: HistoryEntry['action'];
  module: HistoryEntry['module'];
  outcome: HistoryEntry['outcome'];
  record_id: string | null;
  record_name: string | null;
  visitor_phone: string | null;
  error_code: string | null;
}

/**
 * Our own log of panel actions and engine events (no Zoho call): the conversation's, the visitor's by
 * contact or lead phone (any spelling, compared as E.164) or e-mail, or one agent's. Criteria combine with OR.
 */
export async function listHistory(
  deps: AppDeps,
  tenantId: string,
  query: HistoryQuery,
): Promise<{ entries: HistoryEntry[]; automation: AutomationHistoryEntry[] }> {
  const { settings } = await getCurrentSettings(deps.pool, tenantId);
  const e164 = (raw: string | undefined) => {
    if (!raw) return undefined;
    const phone = normalizePhone(raw, query.country ?? settings.defaultCountry);
    return phone.ok ? phone.e164 : raw;
  };
  const clauses: string[] = [];
  const args: unknown[] = [tenantId];
  const add = (sql: (n: number) => string, value: unknown) => {
    args.push(value);
    clauses.push(sql(args.length));
  };
  if (query.conversationId) add((n) => `conversation_id = $${n}`, query.conversationId);
  const contact = e164(query.contactPhone);
  if (contact) add((n) => `(visitor_phone = $${n} and module <> 'Leads')`, contact);
  const lead = e164(query.leadPhone);
  if (lead) add((n) => `(visitor_phone = $${n} and module <> 'Contacts')`, lead);
  if (query.email) add((n) => `visitor_email = lower($${n})`, query.email);
  if (query.agentEmail) add((n) => `agent_email = lower($${n})`, query.agentEmail);
  if (!clauses.length)
    throw panelRefusal(
      'VALIDATION_FAILED',
      'history_needs_filter',
      {},
      'Give a conversation, a phone number or an e-mail to search the history.',
    );
  const [{ rows }, url, automation] = await Promise.all([
    deps.pool.query<Row>(
      `select id::text, created_at, conversation_id, channel, agent_email, action, module, outcome, record_id,
              record_name, visitor_phone, error_code
         from agent_panel_actions where tenant_id = $1 and (${clauses.join(' or ')})
        order by created_at desc, id desc limit 100`,
      args,
    ),
    recordUrlForTenant(deps, tenantId),
    listAutomationHistory(deps, tenantId, {
      conversationId: query.conversationId,
      phones: [contact, lead].filter((p): p is string => !!p),
      email: query.email,
      agentEmail: query.agentEmail,
      defaultCountry: settings.defaultCountry,
    }),
  ]);
  const entries = rows.map((r) => ({
    id: r.id,
    at: r.created_at.toISOString(),
    conversationId: r.conversation_id,
    channel: r.channel,
    agentEmail: r.agent_email,
    action: r.action,
    module: r.module,
    outcome: r.outcome,
    recordId: r.record_id,
    recordName: r.record_name,
    visitorPhone: r.visitor_phone,
    errorCode: r.error_code,
    url: r.record_id && url ? url(r.module, r.record_id) : null,
  }));
  return { entries, automation };
}
