import type { MatchReviewsMessages } from './en';

export const matchReviewsDe: MatchReviewsMessages = {
  heading: 'Prüfliste',
  intro:
    'Ereignisse warten hier, wenn mehrere Personen passen und die Regel „Nachfragen“ lautet. Wählen Sie die richtige Person (oder legen Sie eine neue an); das angehaltene Ereignis läuft dann weiter und wird in diesen Datensatz geschrieben.',
  queue: {
    show: 'Prüfungen anzeigen',
    open: 'Wartend',
    resolved: 'Entschieden',
    loading: 'Die Prüfliste wird geladen…',
    failed: 'Die Prüfliste konnte nicht geladen werden.',
    emptyOpen: 'Kein Ereignis wartet auf eine Entscheidung.',
    emptyResolved: 'Bisher wurde nichts entschieden.',
  },
  item: {
    title: '{{count}} {{module}} passen zu {{visitor}}',
    reason: 'Mehrere Datensätze teilen die Telefonnummer oder E-Mail dieses Besuchers ({{channel}}, {{at}}).',
    noName: '(ohne Namen)',
    owner: 'Besitzer {{owner}}',
    createNew: 'Keiner davon: einen neuen Datensatz in {{module}} anlegen',
    submit: 'Diese Auswahl verwenden',
    done: 'Gespeichert: Das angehaltene Ereignis läuft mit dieser Auswahl weiter.',
    failed: 'Die Auswahl konnte nicht gespeichert werden; vielleicht hat schon jemand entschieden.',
  },
  resolved: {
    line: '{{visitor}}: {{picked}}, gewählt von {{by}} am {{at}}.',
  },
};
