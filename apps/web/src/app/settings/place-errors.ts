import { get, type UseFormReturn } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { SettingsFieldPath } from '@/lib/settings/editor-context';
import { fieldName, type SettingsPath } from '@/lib/settings/field-path';

export interface PathError {
  path: SettingsPath;
  message: string;
  type: 'server' | 'preflight';
}

type Form = Pick<UseFormReturn<IntegrationSettings, unknown, IntegrationSettings>, 'getValues' | 'setError'>;

/**
 * Puts errors found outside the resolver (the server's issues, preflight's problems) on the fields
 * their paths name. A path naming a list (a module's mapping rows) goes on the list itself.
 */
export function placeErrors(items: readonly PathError[], form: Form): void {
  const values = form.getValues();
  // Reversed: when two problems name one path, the first in the server's order is the one kept.
  for (const item of [...items].reverse()) {
    const name = fieldName(item.path);
    const target = Array.isArray(get(values, name)) ? `${name}.root` : name;
    form.setError(target as SettingsFieldPath, { type: item.type, message: item.message });
  }
}
