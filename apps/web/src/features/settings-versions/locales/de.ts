import type { SettingsVersionsMessages } from './en';

export const settingsVersionsDe: SettingsVersionsMessages = {
  history: {
    intro:
      'Jedes Speichern erzeugt eine neue Version. Eine alte Version wiederherzustellen speichert sie erneut als neueste; nichts wird gelöscht.',
    loading: 'Versionen werden geladen …',
    failed: 'Die Versionen konnten nicht geladen werden',
    empty: 'Noch keine Versionen: Die Einstellungen wurden nie gespeichert.',
    version: 'Version {{number}}',
    current: 'Aktuell',
    savedBy: 'Gespeichert am {{date}} von {{name}} ({{email}}).',
    restoredFrom: 'Wiederhergestellt aus Version {{number}}.',
    showChanges: 'Änderungen in Version {{number}}',
    restore: 'Version {{number}} wiederherstellen',
    confirmTitle: 'Version {{number}} wiederherstellen?',
    confirmBody:
      'Die Einstellungen aus Version {{number}} werden als neue Version gespeichert und gelten sofort.',
    confirmDirty: 'Ihre ungespeicherten Änderungen im Editor gehen verloren.',
    confirm: 'Wiederherstellen',
    restoring: 'Wird wiederhergestellt …',
    restored: 'Version {{number}} als Version {{saved}} wiederhergestellt.',
    restoreFailed: 'Die Version konnte nicht wiederhergestellt werden: {{reason}}',
    pages: 'Seiten des Verlaufs',
    previous: 'Vorherige Seite',
    next: 'Nächste Seite',
    page: 'Seite {{page}} von {{pages}}',
  },
};
