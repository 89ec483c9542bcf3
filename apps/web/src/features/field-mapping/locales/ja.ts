import type { FieldMappingMessages } from './en';

export const fieldMappingJa: FieldMappingMessages = {
  mappingTable: {
    heading: '項目の対応付け',
    intro:
      'このチャネルが書き込むレコードごとに、どの Zoho の項目にどの値を入れるかを選びます。項目は Zoho CRM からリアルタイムで取得され、カスタム項目も含まれます。',
    use_created: '新しい{{module}}のレコードにこれらの値が入ります。',
    use_updated: '見つかった{{module}}のレコードは、これらの値で更新されることがあります（更新方針を参照）。',
    add: '対応付けの行を追加',
    rowLegend: '行 {{n}}',
    item: '行 {{n}}',
    zohoField: 'Zoho の項目',
    fieldOption: '{{label}}（{{apiName}}）',
    customOption: '{{label}}（{{apiName}}）、カスタム項目',
    notWritableOption: '{{label}}（{{apiName}}）、書き込み不可',
    sourceKind: '値の取得元',
    sourceField: '会話の項目',
    template: 'テンプレート',
    constant: '固定値',
    fallback: '空の場合の値',
    fallbackHint:
      '行の値が空になったときは、その行の「空の場合の値」が書き込まれます（必須項目が空にならないようにします）。',
    added: '{{module}}に行 {{n}} を追加しました。',
    removed: '{{module}}から行 {{n}} を削除しました。',
  },
  sourceKind: {
    field: '会話の項目',
    template: 'テンプレート',
    constant: '固定値',
  },
  templateField: {
    variable: '変数',
    insert: '変数を挿入',
    previewTitle: 'サンプルの会話でのプレビュー（{{sample}}）',
    previewEmpty: 'このサンプルではテンプレートが空になります。',
    missing: 'サンプルに値がない変数: {{variables}}',
  },
  mandatory: {
    mandatory_unmapped: '必須項目 {{field}}（{{apiName}}）が対応付けられていません。',
    mandatory_may_be_empty:
      '必須項目 {{field}}（{{apiName}}）が空になる可能性があります。空の場合の値を指定してください。',
  },
};
