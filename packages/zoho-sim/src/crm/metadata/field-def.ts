/** Zoho `data_type` values the simulator models (a subset of what Zoho has). */
export type DataType =
  | 'text'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'website'
  | 'picklist'
  | 'multiselectpicklist'
  | 'integer'
  | 'bigint'
  | 'double'
  | 'currency'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'lookup'
  | 'ownerlookup';

/** One field of a module, as the simulator stores it; rendered to Zoho's shape by render-field.ts. */
export interface FieldDef {
  apiName: string;
  label: string;
  dataType: DataType;
  length?: number;
  systemMandatory?: boolean;
  /** Set by the system (Created_Time, Full_Name …); writes to it are ignored, as Zoho does. */
  readOnly?: boolean;
  custom?: boolean;
  unique?: boolean;
  picklist?: readonly string[];
  /** Target module of a lookup; `se_module` for polymorphic lookups (What_Id, Parent_Id). */
  lookupModule?: string;
}

type Opts = Omit<FieldDef, 'apiName' | 'label' | 'dataType'>;

/** Builders keep the per-module field tables short and readable. */
export const f = {
  text: (apiName: string, label: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'text',
    length: 255,
    ...o,
  }),
  area: (apiName: string, label: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'textarea',
    length: 32000,
    ...o,
  }),
  email: (apiName: string, label: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'email',
    length: 100,
    ...o,
  }),
  phone: (apiName: string, label: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'phone',
    length: 30,
    ...o,
  }),
  website: (apiName: string, label: string): FieldDef => ({
    apiName,
    label,
    dataType: 'website',
    length: 255,
  }),
  pick: (apiName: string, label: string, picklist: readonly string[], o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'picklist',
    length: 120,
    picklist,
    ...o,
  }),
  int: (apiName: string, label: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'integer',
    length: 9,
    ...o,
  }),
  currency: (apiName: string, label: string): FieldDef => ({
    apiName,
    label,
    dataType: 'currency',
    length: 16,
  }),
  bool: (apiName: string, label: string): FieldDef => ({ apiName, label, dataType: 'boolean' }),
  date: (apiName: string, label: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'date',
    ...o,
  }),
  datetime: (apiName: string, label: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'datetime',
    ...o,
  }),
  lookup: (apiName: string, label: string, lookupModule: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'lookup',
    lookupModule,
    ...o,
  }),
  owner: (apiName: string, label: string, o: Opts = {}): FieldDef => ({
    apiName,
    label,
    dataType: 'ownerlookup',
    ...o,
  }),
};

/** Fields every record module carries. */
export const systemFields: readonly FieldDef[] = [
  f.owner('Owner', 'Owner'),
  f.owner('Created_By', 'Created By', { readOnly: true }),
  f.owner('Modified_By', 'Modified By', { readOnly: true }),
  f.datetime('Created_Time', 'Created Time', { readOnly: true }),
  f.datetime('Modified_Time', 'Modified Time', { readOnly: true }),
];

export function jsonTypeOf(dataType: DataType): string {
  switch (dataType) {
    case 'integer':
    case 'bigint':
      return 'integer';
    case 'double':
    case 'currency':
      return 'double';
    case 'boolean':
      return 'boolean';
    case 'lookup':
    case 'ownerlookup':
      return 'jsonobject';
    case 'multiselectpicklist':
      return 'jsonarray';
    default:
      return 'string';
  }
}
