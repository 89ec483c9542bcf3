import type { LocaleMessages } from './en';

export const ja = {
  app: {
    name: 'CX Connector',
    documentTitle: '{{page}} · CX Connector',
    skipToContent: 'メインコンテンツへスキップ',
  },
  common: {
    loading: '読み込み中…',
    loadingPage: 'ページを読み込んでいます…',
    status: 'ステータス',
    cancel: 'キャンセル',
    dismiss: '閉じる',
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
    needsReconnect: '再接続が必要',
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
    configured: '設定済み',
    choose_org: '組織を選択',
  },
  hub: {
    title: 'コネクターハブ',
    description: 'プラットフォーム全体のコネクター設定と、それを利用するテナントの一覧です。',
    connectorsHeading: 'コネクター',
    zohoName: 'Zoho CRM',
    zohoDescription: 'Zoho CRM で発信者を検索し、通話やチャットを CRM のアクティビティとして記録します。',
    zohoNotConfigured:
      'Zoho CRM のシステム設定（Zoho の各データセンター用の OAuth クライアント）はまだ設定されていません。設定されるまで、テナント管理者は独自のクライアント（カスタム設定）でのみ接続できます。',
    zohoConfigured: 'テナントは次のデータセンターでシステム設定を使って接続できます: {{dataCenters}}。',
    configure: '設定',
    configureNamed: 'Zoho CRM を設定',
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
        'このテナントには Zoho CRM がまだ接続されていません。設定を行い、Zoho CRM 管理者アカウントで接続してください。',
      connected: 'Zoho CRM は接続済みです。発信者の検索とアクティビティの記録を利用できます。',
      needs_reconnect:
        'Zoho CRM がこのテナントの認可を受け付けなくなりました。管理者による再接続が必要です。',
    },
    setUp: 'セットアップ',
    setUpNamed: '{{name}} をセットアップ',
    manage: '管理',
    manageNamed: '{{name}} を管理',
    // The card's links to the settings and the activity log: here, so the card needs neither screen's texts.
    settingsLink: '設定',
    settingsLinkNamed: '{{name}} の設定',
    activityLink: 'アクティビティログ',
    activityLinkNamed: '{{name}} のアクティビティログ',
    customerDataLink: '顧客データ',
    customerDataLinkNamed: '{{name}} の顧客データ',
    emptyTitle: '利用できる連携はありません',
    emptyDescription: 'このテナントにはまだ連携がありません。',
    noTenantTitle: 'テナントが割り当てられていません',
    noTenantDescription:
      'お使いのアカウントはテナントに割り当てられていないため、表示できる連携はありません。プラットフォーム管理者にアカウントの確認を依頼してください。',
  },
  zohoCrm: {
    title: 'Zoho CRM',
    description:
      'Zoho CRM を {{tenant}} に接続すると、発信者の検索や、通話・チャットの CRM アクティビティとしての記録ができます。',
    connectionHeading: '接続',
    settingsHeading: '設定',
    settingsDescription:
      'このテナントが Zoho にサインインする方法です。変更は次回の接続または再接続から有効になります。',
    auditHeading: '監査ログ',
    issuesHeading: '接続の状態',
  },
  issues: {
    description: 'コネクタが自動で検出した問題です。状況が回復すると自動的にクローズされます。',
    none: '未解決の問題はありません。接続は正常です。',
    openSince: '{{when}} から発生中',
    closedAt: '{{when}} に解決',
    recentlyClosed: '最近解決した問題',
    whatToDo: '対処方法',
    kinds: {
      needs_reconnect: {
        title: '接続の再接続が必要です',
        body: 'Zoho がこの接続を受け付けなくなりました。イベントは待機し、Zoho CRM には何も書き込まれません。',
        action: '上の「接続」で Zoho CRM を再接続してください。接続後、待機中のイベントが実行されます。',
      },
      credit_budget_reached: {
        title: '自動モードのクレジット上限に達しました',
        body: '過去 24 時間に {{budget}} 中 {{used}} の Zoho クレジットを使用しました。クレジットが空くまでイベントは待機します。',
        action: 'クレジットが空くのを待つか、設定（制限）で上限を引き上げてください。',
      },
      repeated_failures: {
        title: 'イベントが繰り返し失敗しています: {{code}}',
        body: '過去 15 分間にこの理由で {{count}} 件のイベントが失敗しました。最後のエラー: {{message}}',
        action:
          'アクティビティログを開き、失敗したイベントを確認して原因（マッピング、必須項目、Zoho の権限）を修正し、失敗したイベントを再試行してください。',
      },
    },
    webhook: {
      title: 'プラットフォームへの通知',
      description:
        '問題の発生・解決時に、コネクタはその内容を JSON でこの URL に POST します。送信いただくイベントと同じ方式でシークレットにより署名されます（X-CXC-Signature）。',
      url: 'Webhook の URL',
      save: 'Webhook を保存',
      saving: '保存中…',
      remove: 'Webhook を削除',
      removeTitle: '問題通知 Webhook を削除しますか？',
      removeBody: 'プラットフォームに問題が通知されなくなります。未送信の配信は破棄されます。',
      configured: '{{url}} に送信（{{when}} から）',
      none: 'Webhook は未設定です。問題はここにのみ表示されます。',
      privateHost:
        'このアドレスはプライベートまたはローカルです。Webhook はインターネットから到達可能である必要があります。',
      unknownHost: 'このホスト名は解決できません。',
      failed: 'Webhook を保存できませんでした。',
      newSecret: 'Webhook 署名シークレット',
      onceWarning:
        'このシークレットを今すぐコピーしてください。表示は一度だけです。再保存すると新しいシークレットが作成されます。',
      dismiss: '保存しました',
    },
  },
  connection: {
    cardTitle: 'Zoho CRM 接続',
    popupTitle: 'Zoho に接続しています…',
    popupLoading: 'Zoho のサインインページを開いています…',
    redirectUrl: '承認済みリダイレクト URL',
    otherDataCenter:
      'お使いの Zoho アカウントは、選択された {{chosen}} ではなく {{actual}} のデータセンターにあります。Zoho の仕様どおり {{actual}} のアカウントサーバーに接続しました。変更の必要はありません。',
    notConnected: 'このテナントには Zoho CRM が接続されていません。',
    configureFirst: 'まず下の「設定」で接続方法を選んで保存し、その後ここで接続してください。',
    readyToConnect: '接続の準備ができました — 設定: {{way}}、データセンター: {{dataCenter}}。',
    consentHint:
      'Zoho の同意ページが小さなウィンドウで開きます。Zoho CRM の管理者でサインインし、組織を選んで「Accept」をクリックしてください。',
    connect: 'Zoho と接続',
    reconnect: '再接続',
    waiting: 'Zoho を待っています: Zoho のウィンドウでサインインを完了してください。',
    showPopup: 'Zoho のウィンドウを表示',
    outcome: {
      connected: 'Zoho CRM に接続しました。',
      choose_org: 'Zoho にサインインしました。接続する Zoho CRM の組織を下で選んでください。',
      error: 'Zoho CRM に接続できませんでした。',
      closed: '接続が完了する前に Zoho のウィンドウが閉じられました。何も変更されていません。',
      start_failed: '接続を開始できませんでした。',
    },
    setup: {
      way: {
        legend: '接続方法',
        system: 'システム設定',
        custom: 'カスタム設定',
        selfClient: 'Self Client のコード',
        systemDescription:
          'プラットフォームの Zoho クライアントを使います。利用できるデータセンター: {{dataCenters}}。',
        systemUnavailable:
          '利用できません: プラットフォーム管理者がまだどのデータセンターにも Zoho クライアントを設定していません。',
        customDescription:
          'Zoho API コンソールで作成した独自の「Server-based Applications」クライアントを、クライアント ID とクライアントシークレットで使います。',
        selfClientDescription:
          'Zoho API コンソールの Self Client で生成した認可コードを貼り付けます。すぐに引き換えられ、ブラウザーでのサインインは不要です。',
      },
      dataCenter: 'データセンター',
      dataCenterHint:
        'Zoho アカウントのある場所です。Zoho を利用しているアドレスの末尾（zoho.com、zoho.eu など）で分かります。',
      chooseDataCenter: 'データセンターを選択',
      accountsUrl: 'アカウントサーバー',
      apiUrl: 'CRM API アドレス',
      accountsUrlHint:
        'サインインとトークンに使う Zoho のアカウントアドレスです。例: https://accounts.zoho.eu',
      apiUrlHint: 'Zoho の CRM API アドレスです。例: https://www.zohoapis.eu、https://sandbox.zohoapis.eu',
      advanced: '別の Zoho アドレスを使う（詳細設定）',
      advancedDescription:
        'サンドボックスまたは開発者向けの組織の場合のみ使います。Zoho 公式のアドレスだけが使えます。',
      clientId: 'クライアント ID',
      clientIdHint: 'Zoho API コンソールで、クライアントの「Client Secret」タブに表示されます。',
      clientSecret: 'クライアントシークレット',
      secretStored:
        'クライアントシークレットは保存済みです。そのまま使う場合は空欄のままにし、置き換える場合は新しい値を入力してください。',
      secretHint: '保存後は二度と表示されません。',
      redirectUrlHint:
        'この URL をそのまま、Zoho API コンソールのクライアントの「Authorized Redirect URIs」に追加してください。ユーザーが複数のデータセンターにいる場合は、クライアントの設定で「Multi DC」も有効にしてください。',
      selfClientHelp:
        'Zoho API コンソール（<strong>{{console}}</strong>）で Self Client › Generate Code を開き、下のスコープにチェックを入れ、CRM の組織を選んでから、コードをすぐにここへ貼り付けてください。コードは数分で期限切れになり、一度しか使えません。',
      scopesLabel: 'チェックするスコープ',
      code: '認可コード',
      codeHint: '1000 で始まります。Zoho API コンソールに表示されたとおりに貼り付けてください。',
      save: '設定を保存',
      saved: '設定を保存しました。',
      redeem: 'コードで接続',
      redeeming: '接続しています…',
      redeemed: 'コードを引き換えました。',
    },
    facts: {
      org: '組織',
      orgValue: '{{name}}（{{edition}} エディション、ID {{id}}）',
      defaultCountry: '電話番号の既定の国',
      changeDefaultCountry: '変更',
      dataCenter: 'データセンター',
      zohoUser: '接続した Zoho ユーザー',
      zohoUserValue: '{{name}} <{{email}}>、プロファイル: {{profile}}',
      notAdministrator: '管理者ではありません',
      connectedAt: '接続日時',
      by: '接続者: {{who}}',
      configuration: '接続方法',
      scopes: '許可されたスコープ',
      credits: '過去 24 時間に使用した API クレジット',
    },
    token: {
      heading: 'トークンの状態',
      lastRefresh: '最後のトークン更新',
      expiresAt: 'アクセストークンの有効期限',
      lastError: '最後のエラー',
      never: 'まだありません',
      noError: 'なし',
      errorCode: 'Zoho の応答:「{{code}}」。',
    },
    warnings: {
      label: '警告',
      not_administrator:
        '接続した Zoho ユーザー {{user}} は Zoho CRM の管理者ではありません（プロファイル: {{profile}}）。項目の設定、レイアウト、他のプロファイルのユーザーを読み取れないため、項目のマッピングと担当者の割り当てが不完全になり、このユーザーが閲覧できないレコードは見つかりません。管理者で再接続してください。',
      other: 'Zoho から制限が報告されました（{{code}}）。',
    },
    needsReconnect: {
      title: 'Zoho はこの接続を受け付けなくなりました。',
      reason: '理由: {{reason}}',
      noReason: 'Zoho が保存済みの認可を拒否しました。',
      action:
        '再接続するまで、発信者の検索とアクティビティの記録は停止しています。「再接続」を選び、Zoho にもう一度サインインしてください。',
    },
    test: {
      button: '接続をテスト',
      pending: 'テスト中…',
      ok: '接続は正常です。Zoho は {{ms}} ミリ秒で応答しました。',
      org: '組織: {{name}}（ID {{id}}、{{dataCenter}}）。',
      user: 'Zoho ユーザー: {{name}} <{{email}}>。',
      failed: '{{ms}} ミリ秒後にテストが失敗しました。',
      zohoCode: 'Zoho の応答:「{{code}}」。もう一度お試しください。繰り返す場合は再接続してください。',
    },
    disconnect: {
      button: '切断',
      title: 'Zoho CRM を切断しますか？',
      body: 'このテナントの発信者の検索とアクティビティの記録が停止します。切断すると:',
      revoke: 'Zoho でリフレッシュトークンが取り消されます。',
      tokens: '保存されているトークンがここで削除されます。',
      settings: 'このテナントの設定（接続方法、マッピング、ルール）は保持されるため、後で再接続できます。',
      confirm: '切断',
      pending: '切断しています…',
      done: 'Zoho CRM を切断しました。',
      doneRevoked:
        'Zoho でリフレッシュトークンを取り消し、トークンを削除しました。このテナントの設定は保持されています。',
      doneNotRevoked:
        'トークンは削除しましたが、Zoho に接続できなかったため、リフレッシュトークンを取り消せませんでした。Zoho アカウントの「Connected Apps」でこのアプリを削除してください。このテナントの設定は保持されています。',
    },
    orgs: {
      legend: 'Zoho CRM の組織',
      description: 'この Zoho ユーザーは複数の組織を利用できます。このテナントで使う組織を選んでください。',
      descriptionOne: 'この Zoho ユーザーがアクセスできる組織は 1 つです。確認して接続を完了してください。',
      details: '{{edition}} エディション · {{dataCenter}} · ID {{id}}',
      submit: 'この組織を使う',
      pending: '保存しています…',
      none: 'この Zoho ユーザーには Zoho CRM の組織がありません。接続したい組織のユーザーで再接続してください。',
    },
  },
  connectErrors: {
    yourDataCenter: 'お使いのデータセンター',
    invalid_client: {
      title:
        'Zoho がクライアントを受け付けません。クライアント ID が不明か、Zoho アカウントのあるデータセンター（{{dataCenter}}）でクライアントが有効になっていません。',
      action:
        'Zoho API コンソールでクライアント ID を確認し、クライアントの設定でこのデータセンター（{{dataCenter}}）の「Multi DC」を有効にしてから、もう一度接続してください。',
    },
    invalid_client_secret: {
      title: 'Zoho がクライアントシークレットを拒否しました。',
      action:
        'Zoho API コンソールのクライアントからクライアントシークレットをもう一度コピーし、「設定」で保存してから、もう一度接続してください。',
    },
    invalid_redirect_uri: {
      title: 'このクライアントのリダイレクト URL が Zoho API コンソールに登録されていません。',
      action:
        'この URL をクライアントの「Authorized Redirect URIs」に追加して Zoho で保存し、もう一度接続してください:',
    },
    invalid_code: {
      title:
        'Zoho がコードを受け付けませんでした。期限切れか、使用済みか、発行元とは別のデータセンターで引き換えられました。',
      action:
        '新しいコードでもう一度お試しください。コードの有効期間は約 2 分で、一度しか使えないため、すぐに使ってください。',
    },
    access_denied: {
      title: 'Zoho で同意が拒否されたため、何も接続されていません。',
      action:
        'もう一度接続し、Zoho の同意ページで「Accept」を選んでください。組織でアプリが制限されている場合は、Zoho の管理者にこのアプリの許可を依頼してください。',
    },
    no_refresh_token: {
      title: 'Zoho がリフレッシュトークンを返さなかったため、この接続は 1 時間以内に使えなくなります。',
      action:
        'もう一度接続してください。繰り返す場合は、Zoho アカウントの「Connected Apps」でこのアプリを削除してから、もう一度接続してください。',
    },
    state_mismatch: {
      title:
        'Zoho の応答がこの接続の試行のものではありませんでした（期限切れか、その間に別の試行が開始されました）。',
      action: 'このタブで一度だけ、「Zoho と接続」からやり直してください。',
    },
    dc_not_configured: {
      title: 'プラットフォームには、このデータセンター（{{dataCenter}}）用の Zoho クライアントがありません。',
      action:
        '独自のクライアントで「カスタム設定」を選ぶか、プラットフォーム管理者にこのデータセンター（{{dataCenter}}）の設定を依頼してください。',
    },
    throttled: {
      title: 'Zoho は現在、このクライアントのサインインとトークン要求を制限しています。',
      action: '10 分ほど待ってから、もう一度お試しください。',
    },
    token_rate_limited: {
      title:
        'Zoho では 1 つのクライアントが発行できるサインイン数が制限されています（10 分ごとに 10 回、Zoho ユーザーごとに 10 回）。現在その上限に達しています。同意が拒否されたわけではありません。',
      action: '{{retryAt}} 以降にもう一度お試しください。それより前に接続しても再び失敗します。',
      actionWithoutTime: '10 分後にもう一度お試しください。それより前に接続しても再び失敗します。',
    },
    access_revoked: {
      title:
        'Zoho でアクセスが取り消されました。Zoho はこの接続の認可を受け付けなくなっています（接続済みアプリからアプリが削除されたか、同じ Zoho ユーザーがその後 20 回を超えて認可しました）。',
      action: '再接続すると解決します。「再接続」を選び、Zoho の同意ページで承認してください。',
    },
    zoho_unreachable: {
      title: 'Zoho に接続できませんでした。',
      action: '数分後にもう一度お試しください。繰り返す場合は、Zoho のステータスページを確認してください。',
    },
    unknown: {
      title: 'Zoho から不明なエラーが返されました。',
      action: 'もう一度お試しください。繰り返す場合は、サポートにお問い合わせください。',
    },
  },
  audit: {
    emptyTitle: 'まだ変更の記録はありません',
    emptyDescription: '接続、再接続、切断、設定の変更がここに表示されます。',
    total: '件数: {{count}}',
    pageEmpty: 'このページにはエントリーがありません。',
    caption: '監査ログ（{{pages}} ページ中 {{page}} ページ目）',
    columnWhen: '日時',
    columnWho: '実行者',
    columnWhat: '内容',
    columnDetails: '詳細',
    pagination: '監査ログのページ',
    previous: '前のページ',
    next: '次のページ',
    pageOf: '{{pages}} ページ中 {{page}} ページ目',
    detail: {
      kind: '設定方法',
      kind_system: 'システム構成',
      kind_custom: 'カスタム構成',
      dataCenterId: 'データセンター',
      clientId: 'クライアント ID',
      clientSecret: 'クライアントシークレット',
      accountsUrl: 'アカウントサーバーの URL',
      apiUrl: 'API の URL',
      orgId: '組織 ID',
      orgName: '組織',
      zohoUser: 'Zoho ユーザー',
      isAdministrator: 'Zoho 管理者',
      revokedAtZoho: 'Zoho でアクセスを取り消し',
      settingsKept: '設定を保持',
      enabled: 'テナントに提供',
      version: 'バージョン',
      restoredFrom: '復元元のバージョン',
      changeCount: '変更数',
      changed: '変更箇所',
      dc: 'データセンター',
      accountsServer: 'Zoho サインインサーバー',
      location: 'Zoho ユーザーのデータセンター',
      scopes: '権限',
      reason: '理由',
      reason_invalid_code: '保存された認可を Zoho が受け付けなくなりました',
      yes: 'はい',
      no: 'いいえ',
      none: 'なし',
    },
    secretChanged: '変更済み（非表示）',
    actions: {
      'zoho.config.saved': 'Zoho の接続方法を保存',
      'zoho.connected': 'Zoho CRM を接続',
      'zoho.reconnected': 'Zoho CRM を再接続',
      'zoho.org_chosen': 'Zoho CRM の組織を選択',
      'zoho.disconnected': 'Zoho CRM を切断',
      'zoho.needs_reconnect': 'Zoho が認可を拒否（再接続が必要）',
      'zoho.system_client.saved': 'システムクライアントを保存',
      'settings.saved': '設定を保存',
      'settings.restored': '設定を復元',
      'events.secret_rotated': 'イベントシークレットを更新',
      'issues.webhook_saved': '問題通知 Webhook を保存',
      'issues.webhook_deleted': '問題通知 Webhook を削除',
      'customer_data.saved': '顧客データの設定を保存',
      'customer_data.reimport': '顧客データの再インポートを開始',
      'customer_data.api_key_created': '顧客リストの API キーを作成',
      'customer_data.api_key_revoked': '顧客リストの API キーを無効化',
      'customer_data.webhook_saved': '顧客変更 Webhook を保存',
      'customer_data.webhook_secret_rotated': '顧客変更 Webhook のシークレットを再発行',
      'customer_data.webhook_deleted': '顧客変更 Webhook を削除',
    },
  },
  systemClients: {
    title: 'Zoho CRM のシステム設定',
    description:
      '各データセンター用の、プラットフォームの Zoho OAuth クライアントです。テナントは、ここで設定され有効になっているデータセンターでのみシステム設定を使えます。',
    redirectHeading: 'リダイレクト URL',
    redirectHint:
      'この URL を、Zoho API コンソールの各クライアント（種類「Server-based Applications」）の「Authorized Redirect URIs」に登録してください。',
    clientsHeading: 'Zoho のデータセンター',
    clientsDescription:
      'データセンターごとに API コンソール（api-console.zoho.com、api-console.zoho.eu など）があります。「Multi DC」を有効にした 1 つのクライアントで複数のデータセンターに対応できますが、その場合も各データセンターにクライアント ID とクライアントシークレットを入力してください。',
    simulatorHeading: 'Zoho シミュレーター（ローカル開発）',
    simulatorDescription:
      'これらのデータセンターは Zoho ではなく Zoho シミュレーターのものです。シミュレーターの実行中だけ存在します。',
    status: {
      enabled: '有効',
      disabled: '無効',
      not_configured: '未設定',
    },
    secretStored:
      'クライアントシークレットは保存済みです。そのまま使う場合は空欄のままにし、置き換える場合は新しい値を入力してください。',
    secretMissing: 'クライアントシークレットはまだ保存されていません。保存後は二度と表示されません。',
    enabled: 'テナントに提供',
    enabledDescription: 'テナントがこのデータセンターでシステム設定を選べるようになります。',
    updated: '最終変更: {{when}}（{{who}}）',
    save: '保存',
    saved: '保存しました。',
  },
  dataCenters: {
    us: 'アメリカ合衆国',
    eu: 'ヨーロッパ',
    in: 'インド',
    au: 'オーストラリア',
    jp: '日本',
    cn: '中国',
    ca: 'カナダ',
    sa: 'サウジアラビア',
    simulated: 'シミュレーター — {{name}}',
    zohoGroup: 'Zoho のデータセンター',
    simulatorGroup: 'Zoho シミュレーター（ローカル開発）',
  },
  copy: {
    button: 'コピー',
    buttonNamed: '{{label}}をコピー',
    copied: 'コピーしました',
    failed: 'コピーできませんでした。テキストが選択されているので、Ctrl+C（Mac では ⌘C）を押してください。',
  },
  forms: {
    summaryTitle: '次の項目を修正してください:',
    saving: '保存しています…',
    errors: {
      required: 'この項目は必須です。',
      tooShort: '短すぎます。',
      tooLong: '長すぎます。',
      url: 'https:// で始まる完全なアドレスを入力してください。',
      notZohoHost: 'Zoho 公式のアドレスのみ使えます。例: https://accounts.zoho.eu',
      invalid: 'この値は無効です。',
      secretRequired: 'クライアントシークレットを入力してください。まだ保存されていません。',
      chooseOne: 'いずれかを選んでください。',
    },
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
    unavailable: 'サービスが一時的に利用できません。変更は行われていません。数秒後にもう一度お試しください。',
    invalidResponse: 'サーバーから予期しない応答がありました。もう一度お試しください。',
    zohoNotConnected: 'Zoho CRM が接続されていません。管理者が Zoho CRM ページで接続します。',
    zohoNeedsReconnect: 'Zoho CRM の接続を更新する必要があります。管理者が Zoho CRM ページで再接続します。',
    zohoUnreachable: 'Zoho CRM に接続できませんでした。しばらくしてからもう一度お試しください。',
    zohoThrottled: 'Zoho CRM がこの接続を制限しています。1 分後にもう一度お試しください。',
    unexpected: '予期しないエラーが発生しました。',
    reference: '参照番号',
    referenceHint: 'サポートに問い合わせる際は、この参照番号をお伝えください。',
    retry: '再試行',
    reload: 'ページを再読み込み',
  },
} as const satisfies LocaleMessages;
