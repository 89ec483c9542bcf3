import type { MatchReviewsMessages } from './en';

export const matchReviewsJa: MatchReviewsMessages = {
  heading: '確認待ちの一覧',
  intro:
    '複数の人物が一致し、方針が「確認する」の場合、イベントはここで待機します。正しい人物を選ぶ（または新規作成する）と、保留中のイベントが再開し、そのレコードに書き込まれます。',
  queue: {
    show: '表示する確認',
    open: '待機中',
    resolved: '決定済み',
    loading: '確認待ちの一覧を読み込んでいます…',
    failed: '確認待ちの一覧を読み込めませんでした。',
    emptyOpen: '決定を待っているイベントはありません。',
    emptyResolved: 'まだ何も決定されていません。',
  },
  item: {
    title: '{{visitor}} に一致する {{module}}: {{count}} 件',
    reason:
      '複数のレコードがこの訪問者の電話番号またはメールアドレスを共有しています（{{channel}}、{{at}}）。',
    noName: '（名前なし）',
    owner: '担当者 {{owner}}',
    createNew: 'どれでもない: {{module}} に新しいレコードを作成する',
    submit: 'この選択を使う',
    done: '保存しました。保留中のイベントはこの選択で再開します。',
    failed: '選択を保存できませんでした。すでに他の人が決定した可能性があります。',
  },
  resolved: {
    line: '{{visitor}}: {{picked}}（{{by}} が {{at}} に選択）',
  },
};
