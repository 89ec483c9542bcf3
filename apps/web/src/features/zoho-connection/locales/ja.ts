import type { zohoConnectionEn } from './en';

export const zohoConnectionJa: typeof zohoConnectionEn = {
  live: {
    heading: '現在の接続',
    client: '使用中のクライアント',
    dataCenter: 'アクセスを発行したデータセンター',
    since: 'アクセス取得日時',
    kind: {
      system: 'プラットフォームのシステムクライアント',
      custom: '独自のクライアント（カスタム構成）',
      self_client: 'セルフクライアントのコード',
      unknown: '記録なし（記録開始前に接続されました）',
    },
  },
  saved: {
    heading: '保存された構成',
    hint: '次回の接続または再接続で使われます。保存しても現在の接続は変わりません。',
    way: '接続方法',
    dataCenter: 'データセンター',
    selfClient: 'セルフクライアント（Zoho の API コンソールのクライアントで、コードを使います）',
    differs:
      '保存された構成は現在の接続とは異なります。次回の再接続では {{dataCenter}} データセンターの {{way}} を使います。',
  },
  otherDataCenter:
    'あなたの Zoho アカウントは、保存された {{chosen}} ではなく {{actual}} データセンターにあります。Zoho はそこでアクセスを発行し、コネクターはそれを使います。変更は不要です。',
  selfClient: {
    reconnectHint:
      'この接続はセルフクライアントのコードで作成されました。セルフクライアントはブラウザーでサインインできません。再接続するには、Zoho の API コンソールで新しいコードを生成し、下の設定で利用してください。',
    notConnectedHint:
      '保存されたクライアントはセルフクライアントのコードによるもので、ブラウザーでサインインできません。Zoho の API コンソールで新しいコードを生成して下の設定で利用するか、別の構成を保存してください。',
  },
  attempts: {
    heading: '最近の接続の試み',
    caption: '{{kind}}、{{dataCenter}} データセンター',
    connected: '接続済み',
    failed: '失敗: {{reason}}',
    unknownDataCenter: '不明',
  },
  systemUsage: {
    label: 'テナントによる利用',
    neverUsed: 'このクライアントで接続したテナントはまだありません。',
    lastConnected: '最後にテナントを接続: {{at}}',
    lastFailed: '最後の失敗: {{at}}。{{reason}}',
    noClient: 'クライアントは保存されていません。',
  },
};
