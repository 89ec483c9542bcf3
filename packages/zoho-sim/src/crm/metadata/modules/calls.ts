import { f, systemFields } from '../field-def.ts';
import type { ModuleDef } from '../module-def.ts';
import { CALL_PURPOSE, CALL_RESULT, CALL_TYPE, OUTGOING_CALL_STATUS } from '../picklists.ts';

export const calls: ModuleDef = {
  apiName: 'Calls',
  singular: 'Call',
  plural: 'Calls',
  scopeName: 'calls',
  displayField: 'Subject',
  duplicateCheck: [],
  seq: 7,
  fields: [
    f.text('Subject', 'Subject', { systemMandatory: true }),
    f.pick('Call_Type', 'Call Type', CALL_TYPE, { systemMandatory: true }),
    f.datetime('Call_Start_Time', 'Call Start Time', { systemMandatory: true }),
    // Zoho keeps the duration as a "mm:ss" string (the SDK even special-cases its mandatory flag).
    f.text('Call_Duration', 'Call Duration', { length: 10, systemMandatory: true }),
    f.int('Call_Duration_in_seconds', 'Call Duration (in seconds)', { readOnly: true }),
    f.lookup('Who_Id', 'Contact Name', 'Contacts'),
    f.lookup('What_Id', 'Related To', 'se_module'),
    f.pick('Call_Purpose', 'Call Purpose', CALL_PURPOSE),
    f.pick('Call_Result', 'Call Result', CALL_RESULT),
    f.pick('Outgoing_Call_Status', 'Outgoing Call Status', OUTGOING_CALL_STATUS),
    f.text('Call_Agenda', 'Call Agenda', { length: 2000 }),
    f.text('Caller_ID', 'Caller ID', { length: 30 }),
    f.text('Dialled_Number', 'Dialled Number', { length: 30 }),
    f.area('Description', 'Description'),
    ...systemFields,
  ],
};
