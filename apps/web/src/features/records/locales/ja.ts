import type { RecordsMessages } from './en';

export const recordsJa: RecordsMessages = {
  intro:
    'コネクターが実際の出来事ごとに Zoho のレコードを1件に保つ方法です。社内の通話、通話後に届くデータ、転送された通話、そしてコネクターが書き込んだときに Zoho 自身が行う処理を設定します。',
  internal: {
    legend: '自社の電話番号',
    intro: 'これらの番号との通話では見込み客や連絡先を作成せず、顧客とも照合しません。',
    numbers: '電話番号',
    numbersHint: '代表番号や直通番号をカンマ区切りで、普段の書き方で入力します（例: +49 30 1234567）。',
    extensions: '内線番号',
    extensionsHint: '電話システムが送る形のまま、カンマ区切りで入力します（例: 101, 2003）。',
    patterns: 'パターン',
    patternsHint: 'X は任意の1桁、末尾の * は任意の残りを表します（例: +4930123*）。',
    minDigits: '顧客番号の最小桁数',
    minDigitsHint: 'これより短い番号は社内番号（内線、短縮番号）とみなします。0 で無効、最大 7 です。',
  },
  late: {
    legend: '通話後に届くデータ',
    intro:
      '後から届く録音、文字起こし、通話結果、要約は、その通話のレコードを更新します。新しいレコードは作成しません。',
    holdMinutes: '通話を待つ時間（分）',
    holdMinutesHint: '通話より先に届いたデータは、この時間だけ通話のレコードを待ち、その後は失敗します。',
    transcriptField: '文字起こしの項目（API 名）',
    summaryField: '要約の項目（API 名）',
    dispositionTarget: 'エージェントの通話結果の書き込み先',
    target: {
      call_result: 'Zoho の通話結果（Call_Result）',
      field: '指定した項目',
    },
    dispositionTargetHint:
      'Zoho の通話モジュールの項目です。選択リストの場合、各結果コードを下でその値の 1 つに対応付けます。',
    fieldOption: '{{label}}（{{apiName}}）',
    dispositionField: '通話結果の項目（API 名）',
    followUp: '通話結果の後にフォローアップのタスクを作成する',
    followUpCodes: '対象とする通話結果',
    followUpCodesHint: 'コードをカンマ区切りで入力します。空欄ならすべての通話結果が対象です。',
    followUpDays: 'タスクの期限（日後）',
    values: {
      legend: '通話結果の値',
      intro:
        'プラットフォームが送る通話結果のコードごとに、書き込む値を選べます。Zoho の通話結果には、その項目の選択肢から選びます。ここにないコードは、プラットフォームが送ったとおりに書き込まれます。',
      none: 'まだ通話結果の対応付けはありません。',
      row: '通話結果 {{position}}',
      code: 'プラットフォームのコード',
      value: 'Zoho に書き込む値',
      add: '通話結果を追加',
      remove: '通話結果 {{code}} を削除',
      codeRequired: 'プラットフォームが送るコードを入力してください。',
      codeDuplicate: 'このコードは上で既に対応付けられています。',
      codeTooLong: '200 文字以内で入力してください。',
      valueRequired: 'Zoho に書き込む値を選んでください。',
      valueTooLong: '255 文字以内で入力してください。',
    },
  },
  transferOwner: {
    legend: '転送された通話の担当者',
    last_agent: '通話を終了したエージェント',
    first_agent: '最初に応答したエージェント',
  },
  automation: {
    heading: 'Zoho 自身の自動処理',
    intro:
      'コネクターの書き込みで、Zoho に設定されたワークフロールール、承認プロセス、ブループリントを実行するかどうかをチャネルとモジュールごとに設定します。Zoho の既定ではすべて実行されます。',
    runsFor: '{{module}} で実行するもの',
    trigger: {
      workflow: 'ワークフロールール',
      approval: '承認プロセス',
      blueprint: 'ブループリント',
    },
    assignment: '新しい見込み客の担当者',
    assignmentNone: 'エージェント（担当者の設定）',
    rulesUnavailable: 'Zoho から見込み客の割り当てルールを読み込めませんでした。',
  },
};
