import type { customerDataEn } from './en';

export const customerDataDe: typeof customerDataEn = {
  page: {
    title: 'Kundendaten',
    description:
      'Eine laufend abgeglichene Kopie der Leads, Kontakte und Firmen der mit {{tenant}} verbundenen Zoho-Organisation, damit Screen-Pops und Zuordnung ohne Anfrage bei Zoho antworten.',
    breadcrumb: 'Brotkrumennavigation',
    back: 'Zurück zu Apps & Integrationen',
    noTenant: 'Kein Mandant ausgewählt',
    noTenantDescription:
      'Kundendaten gehören zu einem Mandanten. Melden Sie sich mit einem Konto als Mandanten-Administrator an.',
    cardLink: 'Kundendaten',
    cardLinkNamed: 'Kundendaten von {{name}}',
  },
  settings: {
    heading: 'Einstellungen',
    mode: 'Modus',
    modes: {
      live: 'Live: jedes Mal Zoho fragen',
      cache: 'Cache: die Kopie antwortet (keine Zoho-Aufrufe zur Zuordnung)',
      auto: 'Automatisch: live bis zum Ende des Imports, dann die Kopie (empfohlen)',
    },
    modules: 'Module',
    interval: 'Nach Änderungen suchen alle (Minuten)',
    intervalHint: 'Mindestens 1 Minute. Was der Connector selbst schreibt, erscheint sofort.',
    estimate: 'Etwa {{perDay}} Zoho-Credits pro Tag, dazu einmalig {{importCredits}} für den Import.',
    estimateLimit: 'Die Organisation erlaubt mindestens {{limit}} Credits pro Tag.',
    estimateBudget:
      'Das eigene Limit dieses Mandanten für automatische Arbeit beträgt {{budget}} Credits pro Tag.',
    estimateOver: 'Das übersteigt das Tageslimit. Wählen Sie ein längeres Intervall oder weniger Module.',
    check: 'Credits schätzen',
    save: 'Speichern',
    saving: 'Wird gespeichert …',
    saved: 'Gespeichert.',
    inForce: 'Jetzt gültig: {{mode}}.',
    effective: { live: 'Zoho wird live gefragt', cache: 'die Kopie antwortet' },
    push: { active: 'Zoho meldet uns Änderungen.', off: 'Änderungen werden durch Abfragen gefunden.' },
  },
  status: {
    heading: 'Status',
    module: 'Modul',
    records: 'Datensätze',
    import: 'Import',
    lastChange: 'Letzte übernommene Änderung',
    lag: 'Rückstand zu Zoho',
    nextSync: 'Nächste Abfrage',
    problem: 'Problem',
    phase: { not_started: 'Nicht begonnen', importing: 'Import läuft', ready: 'Fertig' },
    secondsLeft: 'noch etwa {{count}} s',
    lagSeconds: '{{count}} Sek.',
    none: '—',
    reimport: 'Neu importieren',
    reimportNamed: '{{module}} neu importieren',
    paused: 'Angehalten: {{reason}}',
  },
  search: {
    heading: 'Suche testen',
    label: 'Telefon, E-Mail oder Name',
    submit: 'Suchen',
    mirror: 'Antwort der Kopie',
    zoho: 'Antwort von Zoho',
    nothing: 'Nichts gefunden.',
    asOf: 'Kopie mit Stand {{when}}.',
    by: {
      phone: 'Als Telefonnummer gesucht.',
      email: 'Als E-Mail-Adresse gesucht.',
      name: 'Als Name gesucht.',
    },
    open: '{{name}} in Zoho CRM öffnen',
    zohoFailed: {
      not_connected:
        'Zoho CRM konnte nicht gefragt werden: Es ist nicht verbunden. Verbinden Sie es auf der Seite Zoho CRM.',
      needs_reconnect:
        'Zoho CRM konnte nicht gefragt werden: Die Verbindung muss erneuert werden. Verbinden Sie es auf der Seite Zoho CRM neu.',
      zoho_unreachable: 'Zoho CRM war nicht erreichbar. Versuchen Sie es gleich noch einmal.',
      throttled: 'Zoho CRM drosselt diese Verbindung. Versuchen Sie es in einer Minute erneut.',
      other: 'Zoho CRM konnte nicht gefragt werden (Antwort: {{code}}).',
    },
  },
  modules: { Leads: 'Leads', Contacts: 'Kontakte', Accounts: 'Firmen' },
};
