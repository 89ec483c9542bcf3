import { f, systemFields } from '../field-def.ts';
import type { ModuleDef } from '../module-def.ts';
import { DEAL_STAGE, DEAL_TYPE, LEAD_SOURCE } from '../picklists.ts';

export const deals: ModuleDef = {
  apiName: 'Deals',
  singular: 'Deal',
  plural: 'Deals',
  scopeName: 'deals',
  displayField: 'Deal_Name',
  duplicateCheck: ['Deal_Name'],
  seq: 4,
  fields: [
    f.text('Deal_Name', 'Deal Name', { length: 120, systemMandatory: true }),
    f.currency('Amount', 'Amount'),
    f.pick('Stage', 'Stage', DEAL_STAGE, { systemMandatory: true }),
    f.date('Closing_Date', 'Closing Date'),
    f.lookup('Account_Name', 'Account Name', 'Accounts'),
    f.lookup('Contact_Name', 'Contact Name', 'Contacts'),
    f.pick('Type', 'Type', DEAL_TYPE),
    f.pick('Lead_Source', 'Lead Source', LEAD_SOURCE),
    f.int('Probability', 'Probability (%)', { length: 3 }),
    f.text('Next_Step', 'Next Step', { length: 100 }),
    f.area('Description', 'Description'),
    ...systemFields,
  ],
};
