import type { OwnersMessages } from './en';

export const ownersJa: OwnersMessages = {
  ownersTab: {
    intro:
      '新しいレコードは、会話を担当したエージェントに紐づく Zoho ユーザーの所有になります。それ以外はここで決めます。',
    defaults: '既定の所有者',
    missedCallOwner: '不在着信の所有者（シニアマネージャー）',
    missedCallOwnerHint:
      '不在着信と、どのエージェントにも割り当てられていない番号や SIP アカウントで受けた通話は、このユーザーの所有になります。',
    fallback: 'エージェントに一致する Zoho ユーザーがいない場合',
    defaultOwner: '既定の所有者',
    defaultOwnerHint: '代わりの所有者として既定の所有者を選んだ場合に使います。',
  },
  userLinks: {
    heading: 'エージェントと Zoho ユーザー',
    intro:
      '各エージェントは、同じメールアドレスを持つ有効な Zoho ユーザーに紐づけられます。別のユーザーを選ぶと紐づけを変更できます。',
    caption: 'エージェントと、そのレコードを所有する Zoho ユーザー',
    agent: 'エージェント',
    zohoUser: 'Zoho ユーザー',
    match: '紐づけ',
    selectLabel: '{{agent}} の Zoho ユーザー',
    automatic: 'メールアドレスで紐づける',
    source_manual: '管理者が紐づけ',
    source_auto: '自動で紐づけ',
    byEmail: '同じメール: {{user}}',
    none: 'Zoho ユーザーなし',
    unknown: '不明（ユーザー未読み込み）',
    unmatched:
      'Zoho ユーザーのいないエージェント: {{count}}。そのレコードは代わりの所有者のものになります。自動モードをオンにする前に紐づけてください。',
    loading: 'エージェントを読み込んでいます…',
    failed: 'エージェントを読み込めませんでした: {{reason}}',
    empty: 'まだサインインしたエージェントはいません。',
  },
};
