import type { Channel } from './channels.ts';
import type { TranscriptEntry } from './event-parts.ts';
import type { ConversationEvent, ConversationEventInput } from './events.ts';
import { CALL_SAMPLE_EVENTS } from './sample-late-events.ts';

const transcript = [
  { at: '2024-05-01T10:00:05Z', from: 'visitor', authorName: 'Ada Lovelace', text: 'Hello, I need a quote.' },
  { at: '2024-05-01T10:00:30Z', from: 'agent', authorName: 'Ann Agent', text: 'Sure, for how many seats?' },
] as const;

const conversation = <C extends Channel>(channel: C) => ({
  id: `conv-${channel}-1`,
  channel,
  startedAt: '2024-05-01T10:00:00Z',
  endedAt: '2024-05-01T10:05:00Z' as string | undefined,
  transcript: [...transcript] as TranscriptEntry[],
});

const visitor = {
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '030 1234567',
  company: 'Analytical Engines',
  country: 'DE',
} as const;
const agent = { email: 'ann@acme.test', name: 'Ann Agent' };

/**
 * One valid example of every event type, as the platform would POST it: the console's "Test with a
 * sample conversation" starts from these, and the unit tests use them as fixtures.
 */
export const SAMPLE_EVENTS = {
  'chat.started': {
    id: 'evt-1',
    type: 'chat.started',
    occurredAt: '2024-05-01T10:00:00Z',
    conversation: {
      ...conversation('web_chat'),
      endedAt: undefined,
      pageUrl: 'https://shop.example.com/pricing',
      utm: { source: 'google', medium: 'cpc', campaign: 'spring', term: 'crm', content: 'ad-1' },
      googleClientId: '123.456',
      variables: { plan: 'pro', seats: 12 },
      customFields: { order_id: 'A-42' },
    },
    visitor,
    agent,
  },
  'chat.ended': {
    id: 'evt-2',
    type: 'chat.ended',
    occurredAt: '2024-05-01T10:05:00Z',
    conversation: {
      ...conversation('web_chat'),
      pageUrl: 'https://shop.example.com/pricing',
      notes: 'Wants 12 seats.',
      wrapUp: 'Quote sent',
      attachments: [
        {
          name: 'brief.pdf',
          url: 'https://files.example.com/brief.pdf',
          contentType: 'application/pdf',
          size: 2048,
        },
      ],
      variables: { plan: 'pro' },
      customFields: { order_id: 'A-42' },
    },
    visitor,
    agent,
  },
  'offline_message.received': {
    id: 'evt-3',
    type: 'offline_message.received',
    occurredAt: '2024-05-01T22:00:00Z',
    conversation: { ...conversation('web_chat'), transcript: [] },
    visitor: { name: 'Night Owl', email: 'owl@example.com' },
    message: { subject: 'Call me back', text: 'Please call me tomorrow.' },
  },
  'conversation.started': {
    id: 'evt-4',
    type: 'conversation.started',
    occurredAt: '2024-05-01T09:00:00Z',
    conversation: { ...conversation('inbox'), inbox: 'support@acme.test', endedAt: undefined },
    visitor: { email: 'bob@example.com', name: 'Bob Builder' },
    message: { subject: 'Broken widget', text: 'My widget is broken.' },
  },
  'inbox.message.received': {
    id: 'evt-5',
    type: 'inbox.message.received',
    occurredAt: '2024-05-01T09:30:00Z',
    conversation: { ...conversation('inbox'), inbox: 'support@acme.test' },
    visitor: { email: 'bob@example.com' },
    agent,
    message: { text: 'Any news?' },
  },
  'call.ended': {
    id: 'evt-6',
    type: 'call.ended',
    occurredAt: '2024-05-01T11:03:05Z',
    conversation: {
      ...conversation('calls'),
      queue: 'Sales',
      startedAt: '2024-05-01T11:00:00Z',
      endedAt: '2024-05-01T11:03:05Z',
      transcript: [],
    },
    visitor: {},
    agent,
    call: {
      queue: 'Sales',
      status: 'answered',
      direction: 'inbound',
      durationSeconds: 185,
      caller: '+49 30 1234567',
      callee: '+49 30 9999000',
      recordingUrl: 'https://pbx.example.com/rec/1.mp3',
    },
  },
  'meeting.ended': {
    id: 'evt-7',
    type: 'meeting.ended',
    occurredAt: '2024-05-01T15:00:00Z',
    conversation: conversation('meetings'),
    visitor: { name: 'Ada Lovelace', email: 'ada@example.com' },
    agent,
    meeting: { title: 'Discovery call', report: 'Customer wants a pilot in June.' },
  },
  ...CALL_SAMPLE_EVENTS,
} satisfies { [K in ConversationEvent['type']]: Extract<ConversationEventInput, { type: K }> };
