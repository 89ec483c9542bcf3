import { f, systemFields } from '../field-def.ts';
import type { ModuleDef } from '../module-def.ts';
import { ACCOUNT_TYPE, INDUSTRY, RATING } from '../picklists.ts';

export const accounts: ModuleDef = {
  apiName: 'Accounts',
  singular: 'Account',
  plural: 'Accounts',
  scopeName: 'accounts',
  displayField: 'Account_Name',
  duplicateCheck: ['Account_Name'],
  seq: 3,
  fields: [
    f.text('Account_Name', 'Account Name', { length: 200, systemMandatory: true }),
    f.text('Account_Number', 'Account Number', { length: 40 }),
    f.text('Account_Site', 'Account Site', { length: 80 }),
    f.phone('Phone', 'Phone'),
    f.text('Fax', 'Fax', { length: 30 }),
    f.website('Website', 'Website'),
    f.pick('Account_Type', 'Account Type', ACCOUNT_TYPE),
    f.pick('Industry', 'Industry', INDUSTRY),
    f.int('Employees', 'Employees'),
    f.currency('Annual_Revenue', 'Annual Revenue'),
    f.pick('Rating', 'Rating', RATING),
    f.text('Billing_Street', 'Billing Street', { length: 250 }),
    f.text('Billing_City', 'Billing City', { length: 30 }),
    f.text('Billing_State', 'Billing State', { length: 30 }),
    f.text('Billing_Code', 'Billing Code', { length: 30 }),
    f.text('Billing_Country', 'Billing Country', { length: 30 }),
    f.area('Description', 'Description'),
    ...systemFields,
  ],
};
