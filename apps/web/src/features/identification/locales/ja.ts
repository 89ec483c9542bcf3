import type { IdentificationMessages } from './en';

export const identificationJa: IdentificationMessages = {
  idRules: {
    tabIntro: '会話が届くと、コネクターは何かを作成する前に Zoho でその人を探します。',
    heading: '特定ルール',
    intro: 'モジュールごとにルールを順番に実行し、最初にレコードを見つけたルールが採用されます。',
    empty: 'ルールがありません。{{module}}は検索されず、常に新規作成されます。',
    kind: 'ルールの種類',
    add: '特定ルールを追加',
    legend: 'ルール {{n}}: {{kind}}',
    item: '特定ルール {{n}}（{{kind}}）',
    zohoField: 'Zoho の項目（API 名）',
    customFields: 'このモジュールのカスタム項目: {{fields}}',
    source: '等しい会話の項目',
    added: '「{{kind}}」を{{module}}のルール {{n}} として追加しました。',
    moved: '{{module}}のルールを {{count}} 件中 {{n}} 番目に移動しました。',
    removed: '{{module}}のルール {{n}} を削除しました。',
  },
  idRuleHint: {
    stored_link: '1 つの会話のすべてのイベントを同じレコードにまとめます。',
    email: 'モジュールのすべてのメール項目を検索します。',
    phone: '番号を国際形式に正規化し、すべての電話番号項目を検索します。',
    name_company: '姓と会社名の両方が一致する必要があります（取引先の場合は取引先名）。',
    custom_field: '値が会話の項目と等しくなければならない Zoho の項目です。',
  },
  searchOrder: {
    legend: '検索順序',
    hint: 'どのモジュールをこの順序で検索するか。最初に一致したモジュールが採用されます。',
    module: 'モジュール',
    add: '検索順序に追加',
    added: '{{module}}を {{n}} 番目に追加しました。',
    moved: '{{module}}を {{n}} 番目に移動しました。',
    removed: '{{module}}を検索順序から削除しました。',
  },
  policies: {
    byModule: '複数のレコードが一致した場合（モジュールごと）',
    byModuleHint:
      'モジュールごとに上の選択と別の動作にできます。たとえば連絡先は確認を求め、見込み客は最新のものを使います。',
    asForAll: 'すべてのモジュールと同じ',
    multipleMatches: '複数のレコードが一致した場合',
    updatePolicy: '一致するレコードが見つかった場合',
    regional: '地域の設定',
    defaultCountry: '既定の国',
    defaultCountryHint: '国番号なしで書かれた電話番号に使う 2 文字のコード（例: JP）。',
    timeZone: 'タイムゾーン',
    timeZoneHint: 'Zoho のテキストに書き込む時刻の IANA タイムゾーン（例: Asia/Tokyo）。空の場合は UTC。',
    language: 'Zoho に書き込む言語',
    languageHint:
      '既定のルール名と既定テンプレートの固定の語句（「トランスクリプト:」など）はこの言語になります。変更すると、編集していない既定値も翻訳されます。',
    languages: {
      en: '英語',
      de: 'ドイツ語',
      ja: '日本語',
      ru: 'ロシア語',
    },
  },
  updatePolicyHint: {
    do_not_update: 'レコードはそのままで、会話のレコードだけが追加されます。',
    overwrite: '対応付けた項目に新しい値が入ります。会話にない値で項目が空になることはありません。',
    fill_empty: '既に値がある項目は変更されません。',
  },
};
