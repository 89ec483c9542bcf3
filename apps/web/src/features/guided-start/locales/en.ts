import type { LocaleMessages } from '@/lib/i18n/locale-messages';

/** The `guidedStart` namespace: the Zoho CRM page's checklist from connecting to a first test conversation. */
export const guidedStartEn = {
  heading: 'Guided start',
  intro: 'From connecting to the first conversation in Zoho CRM. Each step shows whether it is done.',
  progress: '{{done}} of {{total}} steps done',
  allDone: 'All steps are done: conversations are recorded in Zoho CRM.',
  state: { done: 'Done', todo: 'Not done yet', checking: 'Checking…' },
  steps: {
    connect: {
      title: 'Connect Zoho CRM and choose the organization',
      done: 'Connected, and the organization is chosen.',
      todo: 'Connect with Zoho and choose the organization that receives the records.',
      link: 'Go to the connection',
    },
    defaultCountry: {
      title: 'Set the default country',
      done: 'Phone numbers without a country code are read as this country’s.',
      todo: 'Needed to read phone numbers written without a country code.',
      link: 'Open the identification settings',
    },
    channels: {
      title: 'Choose the channels to record',
      done: 'At least one channel is recorded in Zoho CRM.',
      todo: 'Switch on Web Chat, Inbox, Calls or Meetings and choose what each writes.',
      link: 'Open the channel settings',
    },
    preflight: {
      title: 'Check the field mapping against the org',
      done: 'The preflight found nothing that would stop a write.',
      todo: 'The preflight checks every mapped field against the org’s live fields: fix what it reports.',
      link: 'Open the settings and their preflight',
    },
    signingSecret: {
      title: 'Create the signing secret',
      done: 'The contact center signs its events with it.',
      todo: 'The contact center signs every event with it; unsigned events are refused.',
      link: 'Go to Sending events',
    },
    testConversation: {
      title: 'Send a test conversation',
      done: 'A test conversation was recorded in Zoho CRM.',
      todo: 'Send one from the activity log and watch the records it creates.',
      link: 'Go to the activity log',
    },
  },
} as const;

export type GuidedStartMessages = LocaleMessages<typeof guidedStartEn>;
