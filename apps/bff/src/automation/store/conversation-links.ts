import type { StoredLink } from '@cxc/shared/domain/lookup';
import { zohoModuleSchema } from '@cxc/shared/domain/modules';
import type { Queryable } from '../../db/queryable.ts';
import { addLink } from './event-store.ts';

export interface ConversationLink extends StoredLink {
  /** `agent` when a panel action of this conversation created it, else automation wrote it. */
  source: 'agent' | 'automation';
  name: string | null;
  createdAt: Date;
}

interface LinkRow {
  module: string;
  record_id: string;
  role: StoredLink['role'];
  record_name: string | null;
  by_agent: boolean;
  created_at: Date;
}

/**
 * The engine's links of a conversation (one table for automation and agents), told apart by our own
 * action log, oldest first: the first person linked stays the conversation's.
 */
export async function readConversationLinks(
  db: Queryable,
  tenantId: string,
  conversationId: string,
): Promise<ConversationLink[]> {
  const { rows } = await db.query<LinkRow>(
    `select l.module, l.record_id, l.role, l.created_at, a.record_name, a.id is not null as by_agent
       from conversation_links l
       left join lateral (
         select id, record_name from agent_panel_actions a
          where a.tenant_id = l.tenant_id and a.conversation_id = l.conversation_id
            and a.record_id = l.record_id and a.outcome = 'success'
          limit 1
       ) a on true
      where l.tenant_id = $1 and l.conversation_id = $2
      order by l.created_at, l.record_id`,
    [tenantId, conversationId],
  );
  return rows.flatMap((row) => {
    const module = zohoModuleSchema.safeParse(row.module);
    if (!module.success) return [];
    return [
      {
        module: module.data,
        id: row.record_id,
        role: row.role,
        source: row.by_agent ? ('agent' as const) : ('automation' as const),
        name: row.record_name,
        createdAt: row.created_at,
      },
    ];
  });
}

/** Through the engine's store: a conversation keeps one record per module and role, whoever wrote it first. */
export async function linkToConversation(
  db: Queryable,
  tenantId: string,
  conversationId: string,
  link: StoredLink,
): Promise<void> {
  await addLink(db, tenantId, conversationId, link);
}
