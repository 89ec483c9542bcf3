import { useCallback, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { integrationSettingsSchema, type IntegrationSettings } from '@cxc/shared/domain/settings';
import { useRunPreflight, type PreflightResponse } from './api/run-preflight';

export interface PreflightRun {
  result: PreflightResponse;
  /** The form values it checked, to tell the admin when the results no longer match the form. */
  checked: string;
}

type Form = Pick<UseFormReturn<IntegrationSettings, unknown, IntegrationSettings>, 'getValues' | 'trigger'>;

/**
 * Preflight of the current form values. Values that break the settings schema cannot be sent (the
 * server validates with the same schema), so they are shown on their fields instead.
 */
export function usePreflight(tenantId: string, form: Form) {
  const mutation = useRunPreflight(tenantId);
  const [last, setLast] = useState<PreflightRun | null>(null);
  const [invalidForm, setInvalidForm] = useState(false);

  const run = useCallback(
    async (values: IntegrationSettings = form.getValues()): Promise<PreflightResponse | undefined> => {
      const parsed = integrationSettingsSchema.safeParse(values);
      if (!parsed.success) {
        setInvalidForm(true);
        await form.trigger();
        return undefined;
      }
      setInvalidForm(false);
      const result = await mutation.mutateAsync(parsed.data);
      setLast({ result, checked: JSON.stringify(values) });
      return result;
    },
    [form, mutation],
  );

  return {
    run,
    last,
    invalidForm,
    isPending: mutation.isPending,
    error: mutation.error,
  };
}

export type PreflightState = ReturnType<typeof usePreflight>;
