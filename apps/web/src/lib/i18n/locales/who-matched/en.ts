/** The `whoMatched` namespace: who the automation matched for an event, and why (activity log details). */
export const whoMatchedEn = {
  heading: 'Who was matched and why',
  found: 'Found the {{module}} {{record}} by {{rule}}.',
  several: '{{count}} records matched this rule; {{policy}}',
  policy: {
    most_recently_modified: 'the most recently modified one was taken.',
    oldest: 'the oldest one was taken.',
    owned_by_agent: 'the one the conversation’s agent owns was taken.',
    shared_account: 'the activity was logged to the Account they share.',
    ask: 'a person picked one in the review queue.',
  },
  notFound: 'No record matched any identification rule, so the automation creates a new one.',
  needsReview: '{{count}} {{module}} records matched: the event waits for a person to choose one.',
  test: 'A test conversation is never looked up in Zoho CRM: every record it writes is new.',
  notPlanned: 'Not identified yet: the event has not been processed.',
  stepsHeading: 'Searches, in order',
  step: '{{module}} by {{rule}} “{{value}}”: Zoho returned {{returned}}, {{matched}} matched exactly.',
  others: 'Not chosen, because they did not match exactly:',
  rule: {
    stored_link: 'the record linked to this conversation',
    email: 'e-mail',
    phone: 'phone',
    name_company: 'name and company',
    custom_field: 'a custom field',
    review: 'a choice in the review queue',
  },
};
