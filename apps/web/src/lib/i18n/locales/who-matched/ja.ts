import type { whoMatchedEn } from './en';

export const whoMatchedJa: typeof whoMatchedEn = {
  heading: '一致したレコードとその理由',
  found: '{{rule}}で{{module}} {{record}} が見つかりました。',
  several: 'このルールに {{count}} 件のレコードが一致しました。{{policy}}',
  policy: {
    most_recently_modified: '最後に更新されたものを選びました。',
    oldest: '最も古いものを選びました。',
    owned_by_agent: '会話の担当エージェントが所有するものを使用しました。',
    shared_account: '共有の取引先に活動を記録しました。',
    ask: '確認キューで担当者が1件を選択しました。',
  },
  notFound: 'どの識別ルールにも一致するレコードがないため、自動化は新しいレコードを作成します。',
  needsReview: '{{module}} のレコードが {{count}} 件一致しました。担当者が選ぶまでイベントは待機します。',
  test: 'テスト会話は Zoho CRM で検索されません。書き込むレコードはすべて新規です。',
  notPlanned: 'まだ識別されていません。イベントはまだ処理されていません。',
  stepsHeading: '検索（順番どおり）',
  step: '{{module}} を{{rule}}「{{value}}」で検索: Zoho の結果 {{returned}} 件、完全一致 {{matched}} 件。',
  others: '完全には一致しなかったため選ばれませんでした:',
  rule: {
    stored_link: 'この会話にリンクされたレコード',
    email: 'メールアドレス',
    phone: '電話番号',
    name_company: '名前と会社名',
    custom_field: 'カスタム項目',
    review: '確認キューでの選択',
  },
};
