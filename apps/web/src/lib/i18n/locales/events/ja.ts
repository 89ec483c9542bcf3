import type { EventsMessages } from './en';

export const eventsJa: EventsMessages = {
  channels: {
    web_chat: 'Web チャット',
    inbox: '受信箱',
    calls: '通話',
    meetings: '会議',
  },
  modules: {
    Leads: '見込み客',
    Contacts: '連絡先',
    Accounts: '取引先',
    Deals: '商談',
    Tasks: 'タスク',
    Cases: '問い合わせ',
    Calls: '通話',
    Notes: 'メモ',
  },
  types: {
    chat_started: 'チャット開始',
    chat_ended: 'チャット終了',
    offline_message_received: 'オフラインメッセージ受信',
    conversation_started: '会話開始',
    inbox_message_received: '受信箱メッセージ受信',
    call_ended: '通話終了',
    meeting_ended: '会議終了',
    call_started: '通話開始',
    call_recording_available: '通話録音の準備完了',
    call_transcript_available: '通話の文字起こしの準備完了',
    call_disposition_set: '通話結果の設定',
    conversation_summary_available: '会話の要約の準備完了',
  },
  skipReason: {
    channel_disabled: 'チャネルがオフになっています。',
    manual_mode: 'チャネルは手動モードです。エージェントが自分で会話を記録します。',
    no_rule_matched: 'このイベントに一致するルールがありませんでした。',
    not_connected: 'Zoho CRM が接続されていませんでした。',
    needs_review: '訪問者が複数のレコードに一致しました。識別ポリシーにより確認が必要です。',
    internal_number: '顧客の唯一の番号が自社の番号のため、検索も作成も行いませんでした。',
    late_data_unused: '後から届いた通話データの会話のレコードが、保留時間内に見つかりませんでした。',
  },
  errors: {
    INVALID_DATA: 'Zoho が値を拒否しました。形式が正しくないか、この項目では使用できない値です。',
    MANDATORY_NOT_FOUND: 'Zoho の必須項目が空でした。設定でこの項目に値を割り当ててください。',
    DUPLICATE_DATA: 'この一意の値を持つレコードが Zoho に既にあります。',
    TOO_MANY_REQUESTS: 'Zoho のリクエスト上限に達しました。イベントは自動的に再試行されます。',
    zoho_unreachable: 'Zoho CRM に接続できませんでした。イベントは自動的に再試行されます。',
    needs_reconnect: 'Zoho との接続を更新する必要があります。再接続後にイベントが再開されます。',
    not_connected: 'Zoho CRM が接続されていません。',
    internal:
      'こちら側で問題が発生しました。イベントを再試行し、再び失敗する場合はサポートにお問い合わせください。',
    credit_budget_reached:
      'このテナントの 24 時間あたりの Zoho クレジット上限に達しました。イベントは待機し、クレジットが空き次第実行されます。上限は「設定 → 上限」で引き上げられます。',
    attachment_download_deferred:
      'ファイルをまだダウンロードできませんでした。レコードは Zoho に作成済みです。ファイルは自動的に再試行されます。',
    other: 'Zoho がレコードを拒否しました。',
  },
  detail: {
    mandatory:
      'Zoho は {{module}} の {{field}} を必須としていますが、マッピングでは空のままでした。チャネルの設定でこの項目に値をマッピングしてください。',
    mandatory_unnamed:
      'Zoho は {{module}} の必須項目を求めていますが、マッピングでは空のままでした。チャネルの設定で値をマッピングしてください。',
    record_gone:
      '{{module}} のレコード {{id}} は Zoho に存在しません（削除または統合済み）。そのため更新できませんでした。',
    invalid_value_unnamed:
      'Zoho が {{module}} の値を拒否しました: {{zohoMessage}}。マッピングを確認してください。',
    invalid_value:
      'Zoho が {{module}} の {{field}} の値を拒否しました: {{zohoMessage}}。この項目のマッピングを確認してください。',
    invalid_value_expected:
      'Zoho が {{module}} の {{field}} の値を拒否しました（期待される形式: {{expected}}）: {{zohoMessage}}。この項目のマッピングを確認してください。',
    duplicate:
      'Zoho が {{module}} のレコードを拒否しました: {{field}} のこの値は別のレコードにすでにあります。',
    duplicate_unnamed:
      'Zoho が {{module}} のレコードを拒否しました: 一意の項目のこの値は別のレコードにすでにあります。',
    record_refused: 'Zoho が {{module}} のレコードを拒否しました: {{zohoMessage}}（{{code}}）。',
    attachment_deferred:
      'ファイルをまだダウンロードできませんでした（{{reason}}）。レコードは Zoho に作成済みです。ファイルは自動的に再試行されます。',
    needs_reconnect:
      'Zoho CRM との接続を更新する必要があります。Zoho がこの認可を受け付けなくなりました。管理者が「連携」から再接続できます。',
    not_connected: 'このテナントでは Zoho CRM が接続されていません。「連携」から接続してください。',
    throttled: 'Zoho CRM がこの接続を制限しています。イベントは {{seconds}} 秒後に再試行されます。',
    unreachable: 'Zoho CRM に接続できませんでした（{{reason}}）。イベントは自動的に再試行されます。',
    zoho_busy: 'Zoho CRM が混雑しているか利用できません（{{code}}）。イベントは自動的に再試行されます。',
    no_permission:
      '接続中の Zoho ユーザーには {{module}} を書き込む権限がありません（{{code}}）: {{zohoMessage}}。権限のあるユーザーで再接続してから再試行してください。',
    no_permission_unnamed:
      '接続中の Zoho ユーザーにはこのレコードを書き込む権限がありません（{{code}}）: {{zohoMessage}}。権限のあるユーザーで再接続してから再試行してください。',
    refused: 'Zoho CRM がリクエストを拒否しました: {{zohoMessage}}（{{code}}）。',
    internal: '内部エラーにより処理が中断されました。イベントは自動的に再試行されます。',
    credit_budget:
      'コネクタは過去 24 時間に Zoho クレジットを {{used}} 使用しました。このテナントの自動モードの上限は {{budget}} です。イベントはクレジットが空くまで待機します。または「設定 → 上限」で上限を引き上げてください。',
  },
};
