import type { Channel } from '@cxc/shared/domain/channels';
import type { Queryable } from '../../db/queryable.ts';

export interface ActionLogEntry {
  tenantId: string;
  conversationId: string | null;
  channel: Channel;
  agentEmail: string;
  action: string;
  module: string;
  outcome: 'success' | 'failed';
  recordId: string | null;
  recordName: string | null;
  /** E.164 when the visitor's number parsed, else as given. */
  visitorPhone: string | null;
  visitorEmail: string | null;
  errorCode: string | null;
}

export async function logPanelAction(db: Queryable, e: ActionLogEntry): Promise<void> {
  await db.query(
    `insert into agent_panel_actions (tenant_id, conversation_id, channel, agent_email, action, module, outcome,
       record_id, record_name, visitor_phone, visitor_email, error_code)
     values ($1, $2, $3, lower($4), $5, $6, $7, $8, $9, $10, lower($11), $12)`,
    [
      e.tenantId,
      e.conversationId,
      e.channel,
      e.agentEmail,
      e.action,
      e.module,
      e.outcome,
      e.recordId,
      e.recordName,
      e.visitorPhone,
      e.visitorEmail,
      e.errorCode,
    ],
  );
}
