import { f, systemFields } from '../field-def.ts';
import type { ModuleDef } from '../module-def.ts';

export const notes: ModuleDef = {
  apiName: 'Notes',
  singular: 'Note',
  plural: 'Notes',
  scopeName: 'notes',
  displayField: 'Note_Title',
  duplicateCheck: [],
  seq: 8,
  fields: [
    f.text('Note_Title', 'Note Title', { length: 120 }),
    f.area('Note_Content', 'Note Content', { systemMandatory: true }),
    f.lookup('Parent_Id', 'Parent ID', 'se_module', { systemMandatory: true }),
    ...systemFields,
  ],
};
