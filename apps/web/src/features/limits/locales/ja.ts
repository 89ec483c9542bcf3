import type { LimitsMessages } from './en';

export const limitsJa: LimitsMessages = {
  limitsTab: {
    intro:
      '自動モードが Zoho で消費できる量の上限です。過去 24 時間にコネクタが使用したクレジットは、「アプリと連携」の Zoho CRM カードに表示されます。',
    credits: 'Zoho API クレジット',
    creditBudget: '24 時間あたりのクレジット',
    creditBudgetHint:
      '任意の 24 時間で使用できる Zoho API クレジットの上限です（100 以上）。使い切ると、自動イベントは待機し、クレジットが空き次第実行されます。何も失われず、エージェントパネルは引き続き使えます。空欄の場合、組織が他の連携と共有する Zoho 自体の 1 日の上限以外に制限はありません。',
  },
};
