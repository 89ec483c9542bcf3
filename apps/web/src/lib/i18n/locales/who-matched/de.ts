import type { whoMatchedEn } from './en';

export const whoMatchedDe: typeof whoMatchedEn = {
  heading: 'Wer gefunden wurde und warum',
  found: '{{module}} {{record}} gefunden über {{rule}}.',
  several: '{{count}} Datensätze passten zu dieser Regel; {{policy}}',
  policy: {
    most_recently_modified: 'der zuletzt geänderte wurde genommen.',
    oldest: 'der älteste wurde genommen.',
    owned_by_agent: 'der Datensatz des Agenten der Unterhaltung wurde genommen.',
    shared_account: 'die Aktivität wurde beim gemeinsamen Account protokolliert.',
    ask: 'eine Person hat in der Prüfliste einen ausgewählt.',
  },
  notFound:
    'Kein Datensatz passte zu einer Identifizierungsregel, daher legt die Automatisierung einen neuen an.',
  needsReview:
    '{{count}} Datensätze vom Typ {{module}} passten: Das Ereignis wartet, bis eine Person einen auswählt.',
  test: 'Eine Testunterhaltung wird nie in Zoho CRM gesucht: Jeder Datensatz, den sie schreibt, ist neu.',
  notPlanned: 'Noch nicht identifiziert: Das Ereignis wurde noch nicht verarbeitet.',
  stepsHeading: 'Suchen, in Reihenfolge',
  step: '{{module}} nach {{rule}} „{{value}}“: Zoho lieferte {{returned}}, {{matched}} passten genau.',
  others: 'Nicht gewählt, weil sie nicht genau passten:',
  rule: {
    stored_link: 'dem mit dieser Unterhaltung verknüpften Datensatz',
    email: 'E-Mail',
    phone: 'Telefon',
    name_company: 'Name und Firma',
    custom_field: 'einem benutzerdefinierten Feld',
    review: 'eine Auswahl in der Prüfliste',
  },
};
