import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SettingsVersionSummary } from '@cxc/shared/api/settings';
import { CHANNELS } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import { isApiClientError } from '@/lib/api-error';
import { useSaveSettings } from './api/save-settings';
import { placeErrors } from './place-errors';
import { encodeIssue } from '@/lib/settings/form-issue';
import { serverIssueFormMessage, settingsPathOf } from './schemas/server-issues';
import type { PreflightState } from './use-preflight';

type Form = UseFormReturn<IntegrationSettings, unknown, IntegrationSettings>;

interface SaveFlowOptions {
  tenantId: string;
  form: Form;
  initialVersion: SettingsVersionSummary | null;
  preflight: PreflightState;
  announce: (message: string) => void;
}

const automatic = (settings: IntegrationSettings) =>
  CHANNELS.some(
    (channel) => settings.channels[channel].enabled && settings.channels[channel].mode === 'automatic',
  );

/**
 * Save with the version the editor started from. Automatic mode is checked by preflight first (the
 * server refuses it too); a 409 keeps every typed value and offers to reload; the server's field
 * issues land on the fields they name.
 */
export function useSaveFlow({ tenantId, form, initialVersion, preflight, announce }: SaveFlowOptions) {
  const { t } = useTranslation('settings');
  const save = useSaveSettings(tenantId);
  const [version, setVersion] = useState(initialVersion);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; unplaced: string[] } | null>(null);
  const [blockedByPreflight, setBlockedByPreflight] = useState(false);
  const [failedSubmits, setFailedSubmits] = useState(0);

  const fail = () => setFailedSubmits((count) => count + 1);

  const onValid = async (values: IntegrationSettings) => {
    setConflict(false);
    setFailure(null);
    setBlockedByPreflight(false);
    if (automatic(values)) {
      // A failed preflight request does not block: the server runs the same check on save.
      const result = await preflight.run(values).catch(() => undefined);
      if (result && !result.ready) {
        const errors = result.problems.filter((problem) => problem.severity === 'error');
        placeErrors(
          errors.map((p) => ({
            path: p.path,
            type: 'preflight',
            message: encodeIssue(p.message.key, p.message.params),
          })),
          form,
        );
        setBlockedByPreflight(true);
        announce(t('editor.preflightBlocked'));
        fail();
        return;
      }
    }
    try {
      const saved = await save.mutateAsync({ settings: values, baseVersion: version?.number ?? null });
      form.reset(saved.settings);
      setVersion(saved.version);
      announce(t('editor.saved', { number: saved.version.number }));
    } catch (error) {
      if (isApiClientError(error) && error.status === 409) {
        setConflict(true);
        announce(t('conflict.title'));
        return;
      }
      const issues = isApiClientError(error) ? error.issues : [];
      const placed = issues.flatMap((issue) => {
        const path = settingsPathOf(issue);
        return path
          ? [{ path, type: 'server' as const, message: serverIssueFormMessage(issue, path, values) }]
          : [];
      });
      placeErrors(placed, form);
      const unplaced = issues.filter((issue) => !settingsPathOf(issue)).map((issue) => issue.message);
      setFailure({ error, unplaced });
      fail();
    }
  };

  /** After a restore or a reload: the form now stands on this version. */
  const rebase = (settings: IntegrationSettings, next: SettingsVersionSummary | null) => {
    form.reset(settings);
    setVersion(next);
    setConflict(false);
    setFailure(null);
    setBlockedByPreflight(false);
  };

  return {
    onSubmit: form.handleSubmit(onValid, fail),
    isSaving: save.isPending,
    version,
    conflict,
    failure,
    blockedByPreflight,
    failedSubmits,
    rebase,
  };
}

export type SaveFlow = ReturnType<typeof useSaveFlow>;
