import { useCallback } from 'react';
import { useFormContext, useFormState, type PathValue } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { SettingsFieldPath } from './editor-context';

/**
 * setValue for controls that are not registered inputs (presets, list pickers, optional values): the
 * change marks the form dirty and, once a save was attempted, re-validates so fixed errors clear at
 * once. `isSubmitted` comes from useFormState: the form context's own formState is a snapshot of the
 * form root's last render and can lag behind.
 */
export function useSetSetting() {
  const { control, setValue } = useFormContext<IntegrationSettings>();
  const { isSubmitted } = useFormState({ control });
  return useCallback(
    <N extends SettingsFieldPath>(name: N, value: PathValue<IntegrationSettings, N>) =>
      setValue(name, value, { shouldDirty: true, shouldValidate: isSubmitted }),
    [setValue, isSubmitted],
  );
}
