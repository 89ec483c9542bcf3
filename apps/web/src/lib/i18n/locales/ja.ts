import type { LocaleMessages } from './en';

export const ja = {
  app: {
    name: 'CX Connector',
    documentTitle: '{{page}} · CX Connector',
    skipToContent: 'メインコンテンツへスキップ',
  },
  common: {
    loading: '読み込み中…',
    status: 'ステータス',
  },
  session: {
    checking: 'セッションを確認しています…',
    redirecting: 'サインイン画面に移動しています…',
    title: 'サインイン',
  },
  nav: {
    label: 'メイン',
    hub: 'コネクターハブ',
    integrations: 'アプリと連携',
    agent: 'エージェントパネル',
  },
  header: {
    tenant: 'テナント',
    platform: 'プラットフォーム管理',
  },
  userMenu: {
    button: 'アカウント',
    name: '名前',
    email: 'メールアドレス',
    role: 'ロール',
    tenant: 'テナント',
    noTenant: 'なし（プラットフォーム全体）',
    signOut: 'サインアウト',
  },
  language: {
    autonym: '日本語',
    label: '言語',
  },
  roles: {
    system_admin: 'システム管理者',
    tenant_admin: 'テナント管理者',
    agent: 'エージェント',
  },
  status: {
    not_connected: '未接続',
    connected: '接続済み',
    needs_reconnect: '再接続が必要',
    not_configured: '未設定',
  },
  hub: {
    title: 'コネクターハブ',
    description: 'プラットフォーム全体のコネクター設定と、それを利用するテナントの一覧です。',
    connectorsHeading: 'コネクター',
    zohoName: 'Zoho CRM',
    zohoDescription: 'Zoho CRM で発信者を検索し、通話やチャットを CRM のアクティビティとして記録します。',
    zohoNotConfigured:
      'Zoho CRM のシステム設定（Zoho の各データセンター用の OAuth クライアント）はまだ設定されていません。設定が完了するまで、テナント管理者は Zoho CRM アカウントを接続できません。',
    tenantsHeading: 'テナント',
    tenantsCaption: 'このプラットフォームのテナント',
    tenantsTotal: '合計: {{count}}',
    columnName: '名前',
    columnId: 'テナント ID',
    columnCreated: '作成日',
    tenantsEmptyTitle: 'テナントはまだありません',
    tenantsEmptyDescription: 'テナントはプラットフォームに追加されるとここに表示されます。',
  },
  integrations: {
    title: 'アプリと連携',
    description: '{{tenant}} に接続されている業務ツールです。',
    zohoDescription: 'Zoho CRM で発信者を検索し、通話やチャットを CRM のアクティビティとして記録します。',
    explanation: {
      not_connected:
        'このテナントには Zoho CRM がまだ接続されていません。Zoho 管理者アカウントでの接続は、まもなくここから行えるようになります。',
      connected: 'Zoho CRM は接続済みです。発信者の検索とアクティビティの記録を利用できます。',
      needs_reconnect:
        'Zoho CRM がこのテナントの認可を受け付けなくなりました。管理者による再接続が必要です。',
    },
    emptyTitle: '利用できる連携はありません',
    emptyDescription: 'このテナントにはまだ連携がありません。',
    noTenantTitle: 'テナントが割り当てられていません',
    noTenantDescription:
      'お使いのアカウントはテナントに割り当てられていないため、表示できる連携はありません。プラットフォーム管理者にアカウントの確認を依頼してください。',
  },
  agent: {
    title: 'エージェントパネル',
    emptyTitle: '開いている会話はありません',
    emptyDescription:
      'エージェントパネルは、コンタクトセンターのコンソールから会話ごとに開きます。そこで通話やチャットに対応すると、その CRM 情報がパネルに表示されます。',
  },
  notFound: {
    title: 'ページが見つかりません',
    description: 'お探しのページは存在しないか、移動しました。',
    home: 'スタートページへ移動',
  },
  notAvailable: {
    title: 'このロールでは利用できません',
    description:
      'このページはお使いのロール（{{role}}）では利用できません。必要な場合は管理者にお問い合わせください。',
    home: 'スタートページへ移動',
  },
  errors: {
    sectionTitle: 'このセクションを読み込めませんでした',
    pageTitle: '問題が発生しました',
    server: 'サーバーで問題が発生しました。しばらくしてからもう一度お試しください。',
    network: 'サーバーに接続できません。接続を確認して、もう一度お試しください。',
    forbidden: 'これを表示する権限がありません。',
    notFound: '要求された項目が見つかりません。',
    rateLimited: 'リクエストが多すぎます。しばらく待ってからもう一度お試しください。',
    invalidResponse: 'サーバーから予期しない応答がありました。もう一度お試しください。',
    unexpected: '予期しないエラーが発生しました。',
    reference: '参照番号',
    referenceHint: 'サポートに問い合わせる際は、この参照番号をお伝えください。',
    retry: '再試行',
    reload: 'ページを再読み込み',
  },
} as const satisfies LocaleMessages;
