import type { FieldMappingMessages } from './en';

export const fieldMappingDe: FieldMappingMessages = {
  mappingTable: {
    heading: 'Feldzuordnung',
    intro:
      'Legen Sie für jeden Datensatz, den dieser Kanal schreibt, fest, welches Zoho-Feld welchen Wert erhält. Die Felder kommen live aus Ihrem Zoho CRM, benutzerdefinierte Felder eingeschlossen.',
    use_created: 'Ein neuer Datensatz vom Typ „{{module}}“ erhält diese Werte.',
    use_updated:
      'Ein gefundener Datensatz vom Typ „{{module}}“ kann mit diesen Werten aktualisiert werden (siehe Aktualisierungsregel).',
    add: 'Zuordnungszeile hinzufügen',
    rowLegend: 'Zeile {{n}}',
    item: 'Zeile {{n}}',
    zohoField: 'Zoho-Feld',
    fieldOption: '{{label}} ({{apiName}})',
    customOption: '{{label}} ({{apiName}}), benutzerdefiniertes Feld',
    notWritableOption: '{{label}} ({{apiName}}), nicht beschreibbar',
    sourceKind: 'Wert aus',
    sourceField: 'Feld der Unterhaltung',
    template: 'Vorlage',
    constant: 'Fester Wert',
    fallback: 'Wert, falls leer',
    fallbackHint:
      'Der „Wert, falls leer“ einer Zeile wird geschrieben, wenn ihr Wert leer ausfällt (so bleibt ein Pflichtfeld gefüllt).',
    added: 'Zeile {{n}} zu {{module}} hinzugefügt.',
    removed: 'Zeile {{n}} aus {{module}} entfernt.',
  },
  sourceKind: {
    field: 'Feld der Unterhaltung',
    template: 'Vorlage',
    constant: 'Fester Wert',
  },
  templateField: {
    variable: 'Variable',
    insert: 'Variable einfügen',
    previewTitle: 'Vorschau mit einer Beispielunterhaltung ({{sample}})',
    previewEmpty: 'Für dieses Beispiel ergibt die Vorlage keinen Text.',
    missing: 'Kein Wert im Beispiel: {{variables}}',
  },
  mandatory: {
    mandatory_unmapped: 'Das Pflichtfeld {{field}} ({{apiName}}) ist nicht zugeordnet.',
    mandatory_may_be_empty:
      'Das Pflichtfeld {{field}} ({{apiName}}) kann leer bleiben: Geben Sie einen Wert für den leeren Fall an.',
  },
};
