import type { FieldDef } from './field-def.ts';

/** One CRM module the simulator serves records for. */
export interface ModuleDef {
  apiName: string;
  singular: string;
  plural: string;
  /** Scope name, e.g. `leads` in `ZohoCRM.modules.leads.READ`. */
  scopeName: string;
  /** Field whose value becomes `name` when another record looks this one up. */
  displayField: string;
  /** System-defined duplicate-check fields for upsert (Zoho's order); empty = upsert not supported. */
  duplicateCheck: readonly string[];
  fields: readonly FieldDef[];
  /**
   * Fields the module's "Standard" layout marks required besides the system-mandatory ones (Zoho's
   * default Leads layout requires Company). Zoho enforces them only when a write names `Layout.id`.
   */
  layoutRequired?: readonly string[];
  /** Stable index used to derive the module id. */
  seq: number;
}
