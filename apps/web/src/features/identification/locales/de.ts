import type { IdentificationMessages } from './en';

export const identificationDe: IdentificationMessages = {
  idRules: {
    tabIntro:
      'Wenn eine Unterhaltung eintrifft, sucht der Connector die Person in Zoho, bevor er etwas anlegt.',
    heading: 'Erkennungsregeln',
    intro:
      'Für jedes Modul laufen die Regeln der Reihe nach; die erste Regel, die einen Datensatz findet, gewinnt.',
    empty: 'Keine Regeln: {{module}} werden nie gefunden, nur neu angelegt.',
    kind: 'Art der Regel',
    add: 'Erkennungsregel hinzufügen',
    legend: 'Regel {{n}}: {{kind}}',
    item: 'Erkennungsregel {{n}} ({{kind}})',
    zohoField: 'Zoho-Feld (API-Name)',
    customFields: 'Benutzerdefinierte Felder dieses Moduls: {{fields}}',
    source: 'Gleich dem Feld der Unterhaltung',
    added: '„{{kind}}“ als Regel {{n}} von {{module}} hinzugefügt.',
    moved: 'Regel für {{module}} an Position {{n}} von {{count}} verschoben.',
    removed: 'Regel {{n}} für {{module}} entfernt.',
  },
  idRuleHint: {
    stored_link: 'Hält alle Ereignisse einer Unterhaltung auf demselben Datensatz.',
    email: 'Durchsucht jedes E-Mail-Feld des Moduls.',
    phone: 'Bringt die Nummer ins internationale Format und durchsucht jedes Telefonfeld.',
    name_company: 'Nachname und Firma müssen beide übereinstimmen (bei Firmen: der Firmenname).',
    custom_field: 'Ein Zoho-Feld, dessen Wert einem Feld der Unterhaltung gleichen muss.',
  },
  searchOrder: {
    legend: 'Suchreihenfolge',
    hint: 'Welche Module in dieser Reihenfolge nach der Person durchsucht werden; das erste Modul mit einem Treffer gewinnt.',
    module: 'Modul',
    add: 'Zur Suchreihenfolge hinzufügen',
    added: '{{module}} an Position {{n}} hinzugefügt.',
    moved: '{{module}} an Position {{n}} verschoben.',
    removed: '{{module}} aus der Suchreihenfolge entfernt.',
  },
  policies: {
    byModule: 'Wenn mehrere Datensätze passen, je Modul',
    byModuleHint:
      'Ein Modul kann von der Auswahl oben abweichen, etwa bei Kontakten nachfragen, bei Leads aber den neuesten nehmen.',
    asForAll: 'Wie für alle Module',
    multipleMatches: 'Wenn mehrere Datensätze passen',
    updatePolicy: 'Wenn ein passender Datensatz gefunden wird',
    regional: 'Regionale Einstellungen',
    defaultCountry: 'Standardland',
    defaultCountryHint: 'Zweistelliger Code (etwa DE) für Telefonnummern ohne Ländervorwahl.',
    timeZone: 'Zeitzone',
    timeZoneHint: 'IANA-Zeitzone (etwa Europe/Berlin) für Uhrzeiten in Zoho-Texten; leer bedeutet UTC.',
    language: 'Sprache der Zoho-Einträge',
    languageHint:
      'Standardregelnamen und die festen Wörter der Standardvorlagen (etwa „Verlauf:“) verwenden diese Sprache. Eine Änderung übersetzt auch die Standardwerte, die Sie nicht bearbeitet haben.',
    languages: {
      en: 'Englisch',
      de: 'Deutsch',
      ja: 'Japanisch',
      ru: 'Russisch',
    },
  },
  updatePolicyHint: {
    do_not_update: 'Der Datensatz bleibt, wie er ist; nur die Datensätze der Unterhaltung kommen hinzu.',
    overwrite:
      'Zugeordnete Felder erhalten die neuen Werte; ein Wert, der in der Unterhaltung fehlt, leert nie ein Feld.',
    fill_empty: 'Felder, die schon einen Wert haben, bleiben unverändert.',
  },
};
