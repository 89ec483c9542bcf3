import { SAMPLE_EVENTS } from '../../packages/shared/src/domain/sample-events.ts';

/** A visitor as the platform sends one. */
export interface BenchVisitor {
  name?: string;
  email?: string;
  phone?: string;
  company?: string;
}

// No attachments in any of them: the sample's file host does not resolve here, and a lookup that fails
// costs this machine's resolver about a second; the engine's Zoho path is what is measured.

/** A web chat that ended, of `visitor` (the default rule records the visitor and a Task). */
export function chatEnded(id: string, visitor: BenchVisitor) {
  const sample = SAMPLE_EVENTS['chat.ended'];
  return {
    ...sample,
    id,
    visitor,
    conversation: { ...sample.conversation, id: `conv-${id}`, attachments: [] },
  };
}

/** A new inbox conversation from `visitor` (an e-mail address, maybe a name). */
export function inboxStarted(id: string, visitor: BenchVisitor) {
  const sample = SAMPLE_EVENTS['conversation.started'];
  return { ...sample, id, visitor, conversation: { ...sample.conversation, id: `conv-${id}` } };
}

/** An answered inbound call from `caller`, the only thing known about the person. */
export function callEnded(id: string, caller: string) {
  const sample = SAMPLE_EVENTS['call.ended'];
  return {
    ...sample,
    id,
    visitor: {},
    conversation: { ...sample.conversation, id: `conv-${id}` },
    call: { ...sample.call, caller, recordingUrl: undefined },
  };
}

/** The burst's and the sustained run's event: a new chat visitor with an e-mail address. */
export function newChatVisitor(prefix: string, n: number) {
  return chatEnded(`${prefix}${n}`, {
    name: `Bench Visitor ${n}`,
    email: `${prefix}${n}@bench.example`,
    company: 'Bench Co',
  });
}
