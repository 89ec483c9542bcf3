import type { LocaleMessages } from '@/lib/i18n/locale-messages';

/** The `matchReviews` namespace: the review queue of events held because several people matched. */
export const matchReviewsEn = {
  heading: 'Review queue',
  intro:
    'Events wait here when several people match and the policy is “Ask”. Pick the right person (or create a new one); the held event then continues and is written to that record.',
  queue: {
    show: 'Show reviews',
    open: 'Waiting',
    resolved: 'Decided',
    loading: 'Loading the review queue…',
    failed: 'The review queue could not be loaded.',
    emptyOpen: 'No event is waiting for a decision.',
    emptyResolved: 'Nothing has been decided yet.',
  },
  item: {
    title: '{{count}} {{module}} match {{visitor}}',
    reason: 'Several records share this visitor’s phone number or e-mail ({{channel}}, {{at}}).',
    noName: '(no name)',
    owner: 'owner {{owner}}',
    createNew: 'None of them: create a new record in {{module}}',
    submit: 'Use this choice',
    done: 'Saved: the held event continues with this choice.',
    failed: 'The choice could not be saved; someone may have decided already.',
  },
  resolved: {
    line: '{{visitor}}: {{picked}}, chosen by {{by}} on {{at}}.',
  },
} as const;

export type MatchReviewsMessages = LocaleMessages<typeof matchReviewsEn>;
