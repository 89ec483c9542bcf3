import type { GuidedStartMessages } from './en';

export const guidedStartJa: GuidedStartMessages = {
  heading: 'はじめかたガイド',
  intro: '接続から Zoho CRM への最初の会話の記録まで。各ステップが完了しているかを表示します。',
  progress: '{{total}} ステップ中 {{done}} ステップ完了',
  allDone: 'すべてのステップが完了しました。会話は Zoho CRM に記録されます。',
  state: { done: '完了', todo: '未完了', checking: '確認中…' },
  steps: {
    connect: {
      title: 'Zoho CRM に接続して組織を選ぶ',
      done: '接続済みで、組織も選択されています。',
      todo: 'Zoho に接続し、レコードを受け取る組織を選んでください。',
      link: '接続へ移動',
    },
    defaultCountry: {
      title: '既定の国を設定する',
      done: '国番号のない電話番号はこの国の番号として読み取られます。',
      todo: '国番号なしで書かれた電話番号を読み取るために必要です。',
      link: '識別の設定を開く',
    },
    channels: {
      title: '記録するチャネルを選ぶ',
      done: '少なくとも 1 つのチャネルが Zoho CRM に記録されます。',
      todo: 'Web チャット、受信箱、通話、商談・会議のいずれかをオンにし、それぞれが書き込む内容を選んでください。',
      link: 'チャネルの設定を開く',
    },
    preflight: {
      title: '項目の対応付けを組織と照合する',
      done: '事前チェックでは、書き込みを妨げる問題は見つかりませんでした。',
      todo: '事前チェックは対応付けたすべての項目を組織の現在の項目と照合します。報告された問題を修正してください。',
      link: '設定と事前チェックを開く',
    },
    signingSecret: {
      title: '署名シークレットを作成する',
      done: 'コンタクトセンターはこれでイベントに署名します。',
      todo: 'コンタクトセンターはすべてのイベントにこれで署名します。署名のないイベントは拒否されます。',
      link: '「イベントの送信」へ移動',
    },
    testConversation: {
      title: 'テスト会話を送信する',
      done: 'テスト会話が Zoho CRM に記録されました。',
      todo: 'アクティビティログから送信し、作成されるレコードを確認してください。',
      link: 'アクティビティログへ移動',
    },
  },
};
