import type { LocaleMessages } from '@/lib/i18n/locale-messages';

/** The `settingsVersions` namespace: the settings' version history: versions, their differences, restoring one. */
export const settingsVersionsEn = {
  history: {
    intro:
      'Every save makes a new version. Restoring an old version saves it again as the newest one; nothing is deleted.',
    loading: 'Loading versions…',
    failed: 'The versions could not be loaded',
    empty: 'No versions yet: the settings have not been saved.',
    version: 'Version {{number}}',
    current: 'Current',
    savedBy: 'Saved {{date}} by {{name}} ({{email}}).',
    restoredFrom: 'Restored from version {{number}}.',
    showChanges: 'Changes in version {{number}}',
    restore: 'Restore version {{number}}',
    confirmTitle: 'Restore version {{number}}?',
    confirmBody: 'The settings of version {{number}} are saved as a new version and take effect at once.',
    confirmDirty: 'Your unsaved changes in the editor will be discarded.',
    confirm: 'Restore',
    restoring: 'Restoring…',
    restored: 'Version {{number}} restored as version {{saved}}.',
    restoreFailed: 'The version could not be restored: {{reason}}',
    pages: 'Version pages',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {{page}} of {{pages}}',
  },
} as const;

export type SettingsVersionsMessages = LocaleMessages<typeof settingsVersionsEn>;
