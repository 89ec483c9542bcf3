import { f, systemFields } from '../field-def.ts';
import type { ModuleDef } from '../module-def.ts';
import { TASK_PRIORITY, TASK_STATUS } from '../picklists.ts';

export const tasks: ModuleDef = {
  apiName: 'Tasks',
  singular: 'Task',
  plural: 'Tasks',
  scopeName: 'tasks',
  displayField: 'Subject',
  duplicateCheck: [],
  seq: 6,
  fields: [
    f.text('Subject', 'Subject', { systemMandatory: true }),
    f.date('Due_Date', 'Due Date'),
    f.pick('Status', 'Status', TASK_STATUS),
    f.pick('Priority', 'Priority', TASK_PRIORITY),
    f.lookup('Who_Id', 'Contact Name', 'Contacts'),
    f.lookup('What_Id', 'Related To', 'se_module'),
    f.bool('Send_Notification_Email', 'Send Notification Email'),
    f.datetime('Closed_Time', 'Closed Time', { readOnly: true }),
    f.area('Description', 'Description'),
    ...systemFields,
  ],
};
