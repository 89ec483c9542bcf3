import type { PanelParent } from '@cxc/shared/api/agent-panel';
import type { Queryable } from '../../db/queryable.ts';
import { readConversationLinks } from '../../automation/store/conversation-links.ts';

/** The parent the agent picked, else the first person linked to the conversation (by a click or automation). */
export async function resolveParent(
  db: Queryable,
  tenantId: string,
  conversationId: string | undefined,
  picked: PanelParent | undefined,
): Promise<PanelParent | null> {
  if (picked) return picked;
  if (!conversationId) return null;
  const links = await readConversationLinks(db, tenantId, conversationId);
  const person = links.find((l) => l.role === 'person' && (l.module === 'Leads' || l.module === 'Contacts'));
  return person ? { module: person.module as PanelParent['module'], id: person.id } : null;
}
