import type { PanelContext } from '@cxc/shared/api/agent-panel';
import type { SessionUser } from '@cxc/shared/api/session';
import type { ConversationEvent } from '@cxc/shared/domain/events';
import { z } from 'zod';

const isEmail = (value: string | undefined): value is string =>
  value !== undefined && z.email().safeParse(value).success;

/**
 * The panel's conversation as the planner's event: the visitor from the context and the signed-in
 * agent, so the tenant's mapping and owner rules apply to a click exactly as to automation.
 */
export function panelEvent(context: PanelContext, agent: SessionUser, now = new Date()): ConversationEvent {
  const id = context.conversationId ?? `panel-${now.getTime()}`;
  const visitor = {
    ...(context.name ? { name: context.name } : {}),
    ...(isEmail(context.email) ? { email: context.email } : {}),
    ...(context.phone ? { phone: context.phone } : {}),
    ...(context.company ? { company: context.company } : {}),
    ...(context.country ? { country: context.country } : {}),
  };
  const base = {
    id: `panel:${id}:${now.getTime()}`,
    occurredAt: now.toISOString(),
    visitor,
    agent: { email: agent.email, ...(agent.name ? { name: agent.name } : {}) },
  };
  const conversation = {
    id,
    startedAt: now.toISOString(),
    utm: {},
    variables: {},
    customFields: {},
    attachments: [],
    transcript: [],
  };
  switch (context.channel) {
    case 'web_chat':
      return { ...base, type: 'chat.started', conversation: { ...conversation, channel: 'web_chat' } };
    case 'inbox':
      return { ...base, type: 'conversation.started', conversation: { ...conversation, channel: 'inbox' } };
    case 'calls':
      return {
        ...base,
        type: 'call.ended',
        conversation: { ...conversation, channel: 'calls' },
        // An answered inbound call: the agent is on it. Duration is the agent's to fill in the form.
        call: {
          status: 'answered',
          direction: 'inbound',
          durationSeconds: 0,
          ...(context.phone ? { caller: context.phone } : {}),
          agentEmail: agent.email,
        },
      };
    case 'meetings':
      return {
        ...base,
        type: 'meeting.ended',
        conversation: { ...conversation, channel: 'meetings' },
        meeting: {},
      };
  }
}
