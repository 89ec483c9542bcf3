import type { LocaleMessages } from '@/lib/i18n/locale-messages';

/** The `identification` namespace: how a visitor is found in Zoho CRM: identification rules, search order, policies for several matches and updates. */
export const identificationEn = {
  idRules: {
    tabIntro:
      'When a conversation arrives, the connector looks for the person in Zoho before creating anything.',
    heading: 'Identification rules',
    intro: 'For each module, the rules run in order; the first rule that finds a record wins.',
    empty: 'No rules: {{module}} are never found, only created.',
    kind: 'Rule type',
    add: 'Add identification rule',
    legend: 'Rule {{n}}: {{kind}}',
    item: 'identification rule {{n}} ({{kind}})',
    zohoField: 'Zoho field (API name)',
    customFields: 'Custom fields of this module: {{fields}}',
    source: 'Equals the conversation field',
    added: '{{kind}} added as rule {{n}} of {{module}}.',
    moved: '{{module}} rule moved to position {{n}} of {{count}}.',
    removed: '{{module}} rule {{n}} removed.',
  },
  idRuleHint: {
    stored_link: 'Keeps every event of one conversation on the same record.',
    email: 'Searches every e-mail field of the module.',
    phone: 'Normalizes the number to international format and searches every phone field.',
    name_company: 'Last name and company must both match (for Accounts: the account name).',
    custom_field: 'A Zoho field whose value must equal a field of the conversation.',
  },
  searchOrder: {
    legend: 'Search order',
    hint: 'Which modules are searched for the person, in this order; the first module with a match wins.',
    module: 'Module',
    add: 'Add to search order',
    added: '{{module}} added at position {{n}}.',
    moved: '{{module}} moved to position {{n}}.',
    removed: '{{module}} removed from the search order.',
  },
  policies: {
    byModule: 'When several records match, per module',
    byModuleHint:
      'A module can differ from the choice above, for example ask for Contacts but take the newest Lead.',
    asForAll: 'As for all modules',
    multipleMatches: 'When several records match',
    updatePolicy: 'When a matching record is found',
    regional: 'Regional settings',
    defaultCountry: 'Default country',
    defaultCountryHint: 'Two-letter code (such as DE) used for phone numbers written without a country code.',
    timeZone: 'Time zone',
    timeZoneHint: 'IANA time zone (such as Europe/Berlin) for times written into Zoho texts; UTC when empty.',
    language: 'Language written into Zoho',
    languageHint:
      'Default rule names and the fixed words of default templates (such as “Transcript:”) use this language. Changing it also translates the defaults you have not edited.',
    languages: {
      en: 'English',
      de: 'German',
      ja: 'Japanese',
      ru: 'Russian',
    },
  },
  updatePolicyHint: {
    do_not_update: 'The record stays as it is; only the conversation records are added.',
    overwrite:
      'Mapped fields get the new values; a value missing from the conversation never blanks a field.',
    fill_empty: 'Fields that already have a value are left alone.',
  },
} as const;

export type IdentificationMessages = LocaleMessages<typeof identificationEn>;
