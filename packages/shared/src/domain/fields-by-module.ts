import type { ZohoModule } from './modules.ts';
import { NOTE_FIELDS_FALLBACK } from './zoho-standard-fields.ts';
import type { ZohoField } from './zoho-fields.ts';

/** `/settings/fields` per module; a missing key means the metadata could not be loaded. */
export type FieldsByModule = Partial<Record<ZohoModule, readonly ZohoField[]>>;

export function fieldsOf(
  fieldsByModule: FieldsByModule,
  module: ZohoModule,
): readonly ZohoField[] | undefined {
  return fieldsByModule[module] ?? (module === 'Notes' ? NOTE_FIELDS_FALLBACK : undefined);
}
