import type { LocaleMessages } from '@/lib/i18n/locale-messages';

/** The `fieldMapping` namespace: the field-mapping tables: which Zoho field gets which value, templates and their preview, mandatory fields. */
export const fieldMappingEn = {
  mappingTable: {
    heading: 'Field mapping',
    intro:
      'For each record this channel writes, choose which Zoho field gets which value. Fields come live from your Zoho CRM, custom fields included.',
    use_created: 'A new {{module}} gets these values.',
    use_updated: 'A {{module}} that was found may be updated with these values (see the update policy).',
    add: 'Add mapping row',
    rowLegend: 'Row {{n}}',
    item: 'row {{n}}',
    zohoField: 'Zoho field',
    fieldOption: '{{label}} ({{apiName}})',
    customOption: '{{label}} ({{apiName}}), custom field',
    notWritableOption: '{{label}} ({{apiName}}), cannot be written',
    sourceKind: 'Value from',
    sourceField: 'Conversation field',
    template: 'Template',
    constant: 'Fixed value',
    fallback: 'Value if empty',
    fallbackHint:
      'A row’s “Value if empty” is written when its value comes out empty (a mandatory field stays filled).',
    added: 'Row {{n}} added to {{module}}.',
    removed: 'Row {{n}} removed from {{module}}.',
  },
  sourceKind: {
    field: 'Conversation field',
    template: 'Template',
    constant: 'Fixed value',
  },
  templateField: {
    variable: 'Variable',
    insert: 'Insert variable',
    previewTitle: 'Preview with a sample conversation ({{sample}})',
    previewEmpty: 'The template comes out empty for this sample.',
    missing: 'No value in the sample: {{variables}}',
  },
  mandatory: {
    mandatory_unmapped: 'Mandatory field {{field}} ({{apiName}}) is not mapped.',
    mandatory_may_be_empty:
      'Mandatory field {{field}} ({{apiName}}) may come out empty: give it a value if empty.',
  },
} as const;

export type FieldMappingMessages = LocaleMessages<typeof fieldMappingEn>;
