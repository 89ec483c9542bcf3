import type { RecordsMessages } from './en';

export const recordsDe: RecordsMessages = {
  intro:
    'Wie der Connector einen Zoho-Datensatz je echtem Vorgang führt: Anrufe unter Kollegen, Daten, die nach einem Anruf eintreffen, weitergeleitete Anrufe und was Zoho selbst tut, wenn der Connector schreibt.',
  internal: {
    legend: 'Eigene Nummern des Unternehmens',
    intro:
      'Anrufe von oder an diese Nummern legen nie einen Lead oder Kontakt an und werden nie einem Kunden zugeordnet.',
    numbers: 'Nummern',
    numbersHint:
      'Zentrale und Durchwahlen, durch Kommas getrennt, wie man sie schreibt (z. B. +49 30 1234567).',
    extensions: 'Nebenstellen',
    extensionsHint: 'So, wie die Telefonanlage sie sendet, durch Kommas getrennt (z. B. 101, 2003).',
    patterns: 'Muster',
    patternsHint: 'X steht für eine beliebige Ziffer, ein * am Ende für beliebig viele (z. B. +4930123*).',
    minDigits: 'Mindestzahl an Ziffern einer Kundennummer',
    minDigitsHint: 'Kürzere Nummern sind intern (Nebenstellen, Kurzwahlen); 0 schaltet das ab, höchstens 7.',
  },
  late: {
    legend: 'Nachträgliche Anrufdaten',
    intro:
      'Eine später eintreffende Aufzeichnung, Abschrift, Disposition oder Zusammenfassung aktualisiert den Datensatz, den der Anruf schon hat; sie legt nie einen neuen an.',
    holdMinutes: 'Auf den Anruf warten (Minuten)',
    holdMinutesHint:
      'Daten, die vor ihrem Anruf eintreffen, warten so lange auf den Datensatz des Anrufs und schlagen dann fehl.',
    transcriptField: 'Feld für die Abschrift (API-Name)',
    summaryField: 'Feld für die Zusammenfassung (API-Name)',
    dispositionTarget: 'Die Disposition des Agenten wird geschrieben in',
    target: {
      call_result: 'Zohos Anrufergebnis (Call_Result)',
      field: 'Ein Feld meiner Wahl',
    },
    dispositionTargetHint:
      'Ein Feld des Zoho-Moduls Anrufe; bei einer Auswahlliste wird jede Disposition unten einem ihrer Werte zugeordnet.',
    fieldOption: '{{label}} ({{apiName}})',
    dispositionField: 'Feld für die Disposition (API-Name)',
    followUp: 'Nach einer Disposition eine Folgeaufgabe anlegen',
    followUpCodes: 'Nur für diese Dispositionen',
    followUpCodesHint: 'Codes durch Kommas getrennt; leer bedeutet jede Disposition.',
    followUpDays: 'Aufgabe fällig in (Tagen)',
    values: {
      legend: 'Werte der Dispositionen',
      intro:
        'Jeder Dispositionscode der Plattform kann als Wert Ihrer Wahl geschrieben werden: für Zohos Anrufergebnis einer seiner eigenen Werte. Nicht aufgeführte Codes werden so geschrieben, wie die Plattform sie sendet.',
      none: 'Noch keine Disposition zugeordnet.',
      row: 'Disposition Nr. {{position}}',
      code: 'Code der Plattform',
      value: 'In Zoho geschrieben als',
      add: 'Disposition hinzufügen',
      remove: 'Disposition {{code}} entfernen',
      codeRequired: 'Geben Sie den Code ein, den die Plattform sendet.',
      codeDuplicate: 'Dieser Code ist oben schon zugeordnet.',
      codeTooLong: 'Höchstens 200 Zeichen.',
      valueRequired: 'Wählen Sie den Wert, den Zoho erhält.',
      valueTooLong: 'Höchstens 255 Zeichen.',
    },
  },
  transferOwner: {
    legend: 'Besitzer eines weitergeleiteten Anrufs',
    last_agent: 'Der Agent, der den Anruf beendet hat',
    first_agent: 'Der Agent, der zuerst angenommen hat',
  },
  automation: {
    heading: 'Zohos eigene Automatisierung',
    intro:
      'Ob die Schreibvorgänge des Connectors die in Zoho eingerichteten Workflow-Regeln, Genehmigungen und Blueprints auslösen, je Kanal und Modul. Standardmäßig laufen in Zoho alle.',
    runsFor: 'Läuft für {{module}}',
    trigger: {
      workflow: 'Workflow-Regeln',
      approval: 'Genehmigungsprozesse',
      blueprint: 'Blueprint-Prozesse',
    },
    assignment: 'Besitzer neuer Leads',
    assignmentNone: 'Der Agent (Besitzer-Einstellungen)',
    rulesUnavailable: 'Die Lead-Zuweisungsregeln konnten nicht aus Zoho geladen werden.',
  },
};
