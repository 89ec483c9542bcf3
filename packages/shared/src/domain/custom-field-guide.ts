import type { MappingSource } from './mapping.ts';
import type { ZohoModule } from './modules.ts';
import { sourceTypeOf } from './type-checks.ts';

/** How to create a field Zoho's API cannot create: what the admin clicks, and what to type. */
export interface CustomFieldGuide {
  module: ZohoModule;
  apiName: string;
  /** Typed as the Field Label, Zoho derives this exact API name from it. */
  fieldLabel: string;
  /** Field type as Zoho's layout editor names it. */
  uiType:
    | 'Single Line'
    | 'Multi Line'
    | 'Email'
    | 'Phone'
    | 'Date/Time'
    | 'Number'
    | 'Decimal'
    | 'URL'
    | 'Checkbox';
  /** The `data_type` the field will report in `/settings/fields`. */
  dataType:
    'text' | 'textarea' | 'email' | 'phone' | 'datetime' | 'integer' | 'double' | 'website' | 'boolean';
  length?: number;
  /** Breadcrumb in Zoho: Setup > Customization > Modules and Fields > Leads (activities live under Activities). */
  zohoPath: string[];
}

type Kind = Pick<CustomFieldGuide, 'uiType' | 'dataType' | 'length'>;
const SINGLE: Kind = { uiType: 'Single Line', dataType: 'text', length: 255 };

function kindFor(source: MappingSource): Kind {
  if (source.kind === 'constant') {
    if (typeof source.value === 'boolean') return { uiType: 'Checkbox', dataType: 'boolean' };
    if (typeof source.value === 'number') {
      return Number.isInteger(source.value)
        ? { uiType: 'Number', dataType: 'integer' }
        : { uiType: 'Decimal', dataType: 'double' };
    }
    return SINGLE;
  }
  switch (sourceTypeOf(source)) {
    case 'multiline':
      return { uiType: 'Multi Line', dataType: 'textarea' };
    case 'email':
      return { uiType: 'Email', dataType: 'email' };
    case 'phone':
      return { uiType: 'Phone', dataType: 'phone' };
    case 'datetime':
      return { uiType: 'Date/Time', dataType: 'datetime' };
    case 'number':
      return { uiType: 'Number', dataType: 'integer' };
    case 'url':
      return { uiType: 'URL', dataType: 'website' };
    default:
      return SINGLE;
  }
}

const ACTIVITY_MODULES: readonly ZohoModule[] = ['Tasks', 'Calls'];

export function customFieldGuide(
  module: ZohoModule,
  apiName: string,
  source: MappingSource,
): CustomFieldGuide {
  const place = ACTIVITY_MODULES.includes(module) ? ['Activities', module] : [module];
  return {
    module,
    apiName,
    fieldLabel: apiName,
    ...kindFor(source),
    zohoPath: ['Setup', 'Customization', 'Modules and Fields', ...place],
  };
}
