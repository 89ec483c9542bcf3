import type { LinkedRecord } from '@cxc/shared/api/agent-panel';
import type { ConversationLink } from '../../automation/store/conversation-links.ts';
import { recordUrl } from './record-url.ts';

export function toLinkedRecord(link: ConversationLink, webBase: string): LinkedRecord {
  return {
    module: link.module,
    id: link.id,
    role: link.role,
    source: link.source,
    name: link.name,
    url: recordUrl(webBase, link.module, link.id),
    createdAt: link.createdAt.toISOString(),
  };
}
