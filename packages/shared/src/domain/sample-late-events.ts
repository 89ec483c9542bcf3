import type { TranscriptEntry } from './event-parts.ts';

/** The call the late-data samples belong to: the same conversation as the `call.ended` sample. */
const callConversation = {
  id: 'conv-calls-1',
  channel: 'calls' as const,
  queue: 'Sales',
  startedAt: '2024-05-01T11:00:00Z',
  endedAt: '2024-05-01T11:03:05Z' as string | undefined,
  transcript: [] as TranscriptEntry[],
};
const agent = { email: 'ann@acme.test', name: 'Ann Agent' };

/** Samples of the events that start a call or add to one already logged (see late-events.ts). */
export const CALL_SAMPLE_EVENTS = {
  'call.started': {
    id: 'evt-8',
    type: 'call.started' as const,
    occurredAt: '2024-05-01T11:00:00Z',
    conversation: { ...callConversation, endedAt: undefined },
    visitor: {},
    agent,
    call: {
      queue: 'Sales',
      status: 'ringing' as const,
      direction: 'inbound' as const,
      caller: '+49 30 1234567',
      callee: '+49 30 9999000',
    },
  },
  'call.recording_available': {
    id: 'evt-9',
    type: 'call.recording_available' as const,
    occurredAt: '2024-05-01T11:04:00Z',
    conversation: callConversation,
    visitor: {},
    recording: { url: 'https://pbx.example.com/rec/1.mp3', contentType: 'audio/mpeg', durationSeconds: 185 },
  },
  'call.transcript_available': {
    id: 'evt-10',
    type: 'call.transcript_available' as const,
    occurredAt: '2024-05-01T11:05:00Z',
    conversation: {
      ...callConversation,
      transcript: [
        { at: '2024-05-01T11:00:05Z', from: 'visitor' as const, text: 'Hello, I need a quote.' },
        { at: '2024-05-01T11:00:30Z', from: 'agent' as const, text: 'Sure, for how many seats?' },
      ],
    },
    visitor: {},
  },
  'call.disposition_set': {
    id: 'evt-11',
    type: 'call.disposition_set' as const,
    occurredAt: '2024-05-01T11:04:30Z',
    conversation: callConversation,
    visitor: {},
    agent,
    disposition: { code: 'callback', label: 'Call back', notes: 'Wants a quote for 20 seats.' },
  },
  'conversation.summary_available': {
    id: 'evt-12',
    type: 'conversation.summary_available' as const,
    occurredAt: '2024-05-01T11:06:00Z',
    conversation: callConversation,
    visitor: {},
    summary: { text: 'Customer asked for a quote for 20 seats; agent will call back on Friday.' },
  },
};
