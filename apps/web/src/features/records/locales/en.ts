import type { LocaleMessages } from '@/lib/i18n/locale-messages';

/** The `records` namespace: the company's own numbers, late call data, transfers and Zoho's own automation. */
export const recordsEn = {
  intro:
    'How the connector keeps one Zoho record per real-world thing: calls between colleagues, data that arrives after a call, transferred calls, and what Zoho itself does when the connector writes.',
  internal: {
    legend: "The company's own numbers",
    intro:
      'Calls from or to these numbers never create a Lead or Contact and are never matched to a customer.',
    numbers: 'Numbers',
    numbersHint:
      'Switchboard and direct lines, separated by commas, as people write them (such as +49 30 1234567).',
    extensions: 'Extensions',
    extensionsHint: 'As the phone system sends them, separated by commas (such as 101, 2003).',
    patterns: 'Patterns',
    patternsHint: 'X stands for any one digit, a * at the end for any rest (such as +4930123*).',
    minDigits: 'Minimum digits of a customer number',
    minDigitsHint: 'Shorter numbers are internal (extensions, short codes); 0 turns this off, at most 7.',
  },
  late: {
    legend: 'Late call data',
    intro:
      'A recording, transcript, disposition or summary that arrives later updates the record the call already has; it never creates a new one.',
    holdMinutes: 'Wait for the call (minutes)',
    holdMinutesHint: 'Data that arrives before its call waits this long for the call’s record, then fails.',
    transcriptField: 'Field for the transcript (API name)',
    summaryField: 'Field for the summary (API name)',
    dispositionTarget: 'The agent’s disposition is written to',
    target: {
      call_result: 'Zoho’s call result (Call_Result)',
      field: 'A field I choose',
    },
    dispositionTargetHint:
      'A field of Zoho’s Calls module; for a pick list, each disposition is mapped to one of its values below.',
    fieldOption: '{{label}} ({{apiName}})',
    dispositionField: 'Field for the disposition (API name)',
    followUp: 'Create a follow-up task after a disposition',
    followUpCodes: 'Only for these dispositions',
    followUpCodesHint: 'Codes separated by commas; empty means every disposition.',
    followUpDays: 'Task due in (days)',
    values: {
      legend: 'Disposition values',
      intro:
        'Each disposition code the platform sends can be written as a value of your choice: for Zoho’s call result, one of its own values. Codes not listed here are written as the platform sends them.',
      none: 'No disposition is mapped yet.',
      row: 'Disposition {{position}}',
      code: 'Code from the platform',
      value: 'Written to Zoho as',
      add: 'Add a disposition',
      remove: 'Remove disposition {{code}}',
      codeRequired: 'Enter the code the platform sends.',
      codeDuplicate: 'This code is already mapped above.',
      codeTooLong: 'Use at most 200 characters.',
      valueRequired: 'Choose the value Zoho gets.',
      valueTooLong: 'Use at most 255 characters.',
    },
  },
  transferOwner: {
    legend: 'Owner of a transferred call',
    last_agent: 'The agent who ended the call',
    first_agent: 'The agent who answered first',
  },
  automation: {
    heading: "Zoho's own automation",
    intro:
      'Whether the connector’s writes start the workflow rules, approvals and blueprints set up in Zoho, per channel and module. Zoho’s default is that all of them run.',
    runsFor: 'Runs for {{module}}',
    trigger: {
      workflow: 'Workflow rules',
      approval: 'Approval processes',
      blueprint: 'Blueprints',
    },
    assignment: 'Owner of new Leads',
    assignmentNone: 'The agent (owner settings)',
    rulesUnavailable: 'The Lead assignment rules could not be loaded from Zoho.',
  },
} as const;

export type RecordsMessages = LocaleMessages<typeof recordsEn>;
