import type { SettingsVersionsMessages } from './en';

export const settingsVersionsJa: SettingsVersionsMessages = {
  history: {
    intro:
      '保存するたびに新しいバージョンが作られます。古いバージョンを復元すると最新版として保存し直され、何も削除されません。',
    loading: 'バージョンを読み込んでいます…',
    failed: 'バージョンを読み込めませんでした',
    empty: 'バージョンはまだありません。設定は一度も保存されていません。',
    version: 'バージョン {{number}}',
    current: '現在',
    savedBy: '{{date}} に {{name}}（{{email}}）が保存。',
    restoredFrom: 'バージョン {{number}} から復元。',
    showChanges: 'バージョン {{number}} の変更内容',
    restore: 'バージョン {{number}} を復元',
    confirmTitle: 'バージョン {{number}} を復元しますか？',
    confirmBody: 'バージョン {{number}} の設定が新しいバージョンとして保存され、すぐに有効になります。',
    confirmDirty: 'エディターで保存していない変更は破棄されます。',
    confirm: '復元',
    restoring: '復元しています…',
    restored: 'バージョン {{number}} をバージョン {{saved}} として復元しました。',
    restoreFailed: 'バージョンを復元できませんでした: {{reason}}',
    pages: '履歴のページ',
    previous: '前のページ',
    next: '次のページ',
    page: '{{pages}} ページ中 {{page}} ページ',
  },
};
