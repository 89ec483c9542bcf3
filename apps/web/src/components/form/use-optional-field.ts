import { useFormContext, useWatch } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { asName } from '@/lib/settings/editor-context';
import type { SettingsPath } from '@/lib/settings/field-path';
import { useSetSetting } from '@/lib/settings/use-set-setting';

/**
 * An optional settings value edited in a text box or select: empty means "not set" (undefined), never
 * an empty string the schema would refuse. Watched and set rather than registered on purpose: any
 * registration writes the key (as undefined) into every untouched row at mount, and react-hook-form,
 * which compares keys as well as values, would then report the untouched form as changed.
 */
export function useOptionalField(path: SettingsPath) {
  const { control } = useFormContext<IntegrationSettings>();
  const set = useSetSetting();
  const name = asName(path);
  const raw: unknown = useWatch({ control, name });
  const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  return {
    value,
    /** A number box keeps what cannot be a whole number as text, so the schema flags it inline. */
    onChange: (next: string, type: 'text' | 'number' = 'text') =>
      set(
        name,
        next === '' ? undefined : type === 'number' && /^\d+$/.test(next.trim()) ? Number(next) : next,
      ),
  };
}
