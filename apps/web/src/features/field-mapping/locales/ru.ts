import type { FieldMappingMessages } from './en';

export const fieldMappingRu: FieldMappingMessages = {
  mappingTable: {
    heading: 'Сопоставление полей',
    intro:
      'Для каждой записи, которую создаёт канал, выберите, какое поле Zoho получает какое значение. Поля загружаются из вашего Zoho CRM в реальном времени, включая пользовательские.',
    use_created: 'Новая запись «{{module}}» получает эти значения.',
    use_updated: 'Найденная запись «{{module}}» может обновляться этими значениями (см. правило обновления).',
    add: 'Добавить строку сопоставления',
    rowLegend: 'Строка {{n}}',
    item: 'строка {{n}}',
    zohoField: 'Поле Zoho',
    fieldOption: '{{label}} ({{apiName}})',
    customOption: '{{label}} ({{apiName}}), пользовательское поле',
    notWritableOption: '{{label}} ({{apiName}}), запись невозможна',
    sourceKind: 'Источник значения',
    sourceField: 'Поле разговора',
    template: 'Шаблон',
    constant: 'Фиксированное значение',
    fallback: 'Значение, если пусто',
    fallbackHint:
      '«Значение, если пусто» записывается, когда значение строки оказалось пустым (так обязательное поле остаётся заполненным).',
    added: 'Строка {{n}} добавлена в модуль «{{module}}».',
    removed: 'Строка {{n}} удалена из модуля «{{module}}».',
  },
  sourceKind: {
    field: 'Поле разговора',
    template: 'Шаблон',
    constant: 'Фиксированное значение',
  },
  templateField: {
    variable: 'Переменная',
    insert: 'Вставить переменную',
    previewTitle: 'Предпросмотр на примере разговора ({{sample}})',
    previewEmpty: 'Для этого примера шаблон даёт пустой текст.',
    missing: 'Нет значения в примере: {{variables}}',
  },
  mandatory: {
    mandatory_unmapped: 'Обязательное поле {{field}} ({{apiName}}) не сопоставлено.',
    mandatory_may_be_empty:
      'Обязательное поле {{field}} ({{apiName}}) может оказаться пустым: задайте значение на этот случай.',
  },
};
