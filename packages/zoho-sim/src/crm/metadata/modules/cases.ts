import { f, systemFields } from '../field-def.ts';
import type { ModuleDef } from '../module-def.ts';
import { CASE_ORIGIN, CASE_PRIORITY, CASE_STATUS, CASE_TYPE } from '../picklists.ts';

export const cases: ModuleDef = {
  apiName: 'Cases',
  singular: 'Case',
  plural: 'Cases',
  scopeName: 'cases',
  displayField: 'Subject',
  duplicateCheck: ['Subject'],
  seq: 5,
  fields: [
    f.text('Subject', 'Subject', { systemMandatory: true }),
    f.pick('Status', 'Status', CASE_STATUS, { systemMandatory: true }),
    f.pick('Case_Origin', 'Case Origin', CASE_ORIGIN, { systemMandatory: true }),
    f.pick('Priority', 'Priority', CASE_PRIORITY),
    f.pick('Type', 'Type', CASE_TYPE),
    f.lookup('Contact_Name', 'Contact Name', 'Contacts'),
    f.lookup('Account_Name', 'Account Name', 'Accounts'),
    f.email('Email', 'Email'),
    f.phone('Phone', 'Phone'),
    f.area('Description', 'Description'),
    ...systemFields,
  ],
};
