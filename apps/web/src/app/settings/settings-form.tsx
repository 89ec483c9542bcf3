import { useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { SettingsResponse } from './api/get-settings';
import { useZohoMetadata } from '@/lib/settings/get-zoho-metadata';
import { EditorContext, type EditorContextValue } from '@/lib/settings/editor-context';
import { useRevalidateShownErrors } from '@/lib/settings/use-revalidate-shown-errors';
import { settingsResolver } from './schemas/settings-resolver';
import { ConflictAlert } from './conflict-alert';
import { ErrorSummary } from './error-summary';
import { MetadataStatus } from './metadata-status';
import { PreflightPanel } from './preflight-panel';
import { SaveBar } from './save-bar';
import { SectionOutline } from './section-outline';
import { SettingsPanels } from './settings-panels';
import { SettingsStickyBar } from './settings-sticky-bar';
import { SettingsTabs } from './settings-tabs';
import { UnsavedChangesGuard } from './unsaved-changes-guard';
import { useAnnouncer } from './use-announcer';
import { useFocusPath } from './use-focus-path';
import { usePreflight } from './use-preflight';
import { useSaveFlow } from './use-save-flow';
import { useSettingsUrlState } from './use-settings-url-state';

/** The editor: one form over the whole settings document, saved as one new version. */
export function SettingsForm({ tenantId, initial }: { tenantId: string; initial: SettingsResponse }) {
  const form = useForm<IntegrationSettings, unknown, IntegrationSettings>({
    defaultValues: initial.settings,
    resolver: settingsResolver,
    // On blur, not on touch: a row just added to a list is not checked (and shown in red) before it is
    // filled in. Errors already shown clear as soon as the field changes (useRevalidateShownErrors).
    mode: 'onBlur',
  });
  useRevalidateShownErrors(form);
  const url = useSettingsUrlState();
  const focusPath = useFocusPath(url.tab, url.setTab);
  const { message, announce } = useAnnouncer();
  const metadataQuery = useZohoMetadata(tenantId);
  const preflight = usePreflight(tenantId, form);
  const flow = useSaveFlow({ tenantId, form, initialVersion: initial.version, preflight, announce });

  const { data, error, isPending, refetch } = metadataQuery;
  const context = useMemo<EditorContextValue>(
    () => ({
      tenantId,
      metadata: { data, error, isPending, retry: () => void refetch() },
      focusPath,
      announce,
    }),
    [tenantId, data, error, isPending, refetch, focusPath, announce],
  );

  return (
    <EditorContext.Provider value={context}>
      <FormProvider {...form}>
        <form className="settings-editor" noValidate onSubmit={(event) => void flow.onSubmit(event)}>
          <SettingsStickyBar>
            <SaveBar version={flow.version} />
            <SectionOutline tab={url.tab} />
          </SettingsStickyBar>
          <ErrorSummary
            focusKey={flow.failedSubmits}
            failure={flow.failure}
            blockedByPreflight={flow.blockedByPreflight}
          />
          {flow.conflict ? (
            <ConflictAlert onReloaded={flow.rebase} onShowHistory={() => url.setTab('history')} />
          ) : null}
          <MetadataStatus />
          {/* Preflight comes first: above the tabs on narrow screens, beside them on wide ones. */}
          <div className="settings-layout">
            <PreflightPanel preflight={preflight} />
            <div className="settings-main">
              <SettingsTabs tab={url.tab} onChange={url.setTab} />
              <SettingsPanels
                tab={url.tab}
                page={url.page}
                onPage={url.setPage}
                currentVersion={flow.version}
                onRestored={flow.rebase}
              />
            </div>
          </div>
          <p className="sr-only" role="status" aria-live="polite">
            {message}
          </p>
        </form>
        <UnsavedChangesGuard />
      </FormProvider>
    </EditorContext.Provider>
  );
}
