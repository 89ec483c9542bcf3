import { fieldsOf } from '@cxc/shared/domain/fields-by-module';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import type { ZohoField } from '@cxc/shared/domain/zoho-fields';
import { useEditor } from './editor-context';

export interface ModuleFields {
  /** Undefined while loading or when the module's metadata failed: never an empty "no fields" list. */
  fields: readonly ZohoField[] | undefined;
  /** Zoho's reason, in its own words, when this module's fields could not be loaded. */
  failure: { code: string; message: string } | undefined;
  loading: boolean;
}

export function useModuleFields(module: ZohoModule): ModuleFields {
  const { metadata } = useEditor();
  const data = metadata.data;
  if (!data) return { fields: undefined, failure: undefined, loading: metadata.isPending };
  const failure = data.failures.find((item) => item.module === module);
  const fields = failure ? undefined : fieldsOf(data.fieldsByModule, module);
  return { fields, failure, loading: false };
}
