import type { Channel } from './channels.ts';
import type { ContentLanguage } from './content-language.ts';

/** The fixed words of the default templates and rule names, per tenant language (content-language.ts). */
export interface DefaultWords {
  transcript: string;
  subject: string;
  notes: string;
  wrapUp: string;
  channel: string;
  conversationId: string;
  agent: string;
  started: string;
  ended: string;
  requestPage: string;
  customFields: string;
  variables: string;
  attachments: string;
  from: string;
  to: string;
  queue: string;
  outboundRoute: string;
  recording: string;
  report: string;
  visitor: string;
  unknownCaller: string;
  newVisitor: string;
  meeting: string;
  /** `{{channel}} with <visitor>`: where the channel and the visitor go. */
  chatSubject: (channel: string, visitor: string) => string;
  /** `<direction> call with <caller>`, the direction written as the template expression it is. */
  callSubject: (caller: string) => string;
  /** First line of a call's description (a template): direction, status and duration. */
  callLine: string;
  /** What `{{channel}}` writes. */
  channelNames: Record<Channel, string>;
  /** Who spoke, in transcript lines. */
  speakers: { visitor: string; agent: string; system: string };
  /** `report.pdf (application/pdf, 2048 bytes)` in the attachments list. */
  bytes: string;
  rules: {
    chatEnded: string;
    offlineMessages: string;
    newConversation: string;
    missedCalls: string;
    callEnded: string;
    meetingEnded: string;
  };
}

export const DEFAULT_WORDS: Record<ContentLanguage, DefaultWords> = {
  en: {
    transcript: 'Transcript',
    subject: 'Subject',
    notes: 'Notes',
    wrapUp: 'Wrap-up',
    channel: 'Channel',
    conversationId: 'Conversation ID',
    agent: 'Agent',
    started: 'Started',
    ended: 'Ended',
    requestPage: 'Request page',
    customFields: 'Custom fields',
    variables: 'Variables',
    attachments: 'Attachments',
    from: 'From',
    to: 'To',
    queue: 'Queue',
    outboundRoute: 'Outbound route',
    recording: 'Recording',
    report: 'Report',
    visitor: 'Visitor',
    unknownCaller: 'unknown caller',
    newVisitor: 'New visitor',
    meeting: 'Meeting',
    chatSubject: (channel, visitor) => `${channel} with ${visitor}`,
    callSubject: (caller) => `{{call.direction | capitalize}} call with ${caller}`,
    callLine: '{{call.direction | capitalize}} call, {{call.status}}, {{call.duration | mmss}}',
    channelNames: { web_chat: 'Web chat', inbox: 'Inbox', calls: 'Call', meetings: 'Meeting' },
    speakers: { visitor: 'Visitor', agent: 'Agent', system: 'System' },
    bytes: 'bytes',
    rules: {
      chatEnded: 'Every ended chat',
      offlineMessages: 'Offline messages',
      newConversation: 'Every new conversation',
      missedCalls: 'Missed calls',
      callEnded: 'Every ended call',
      meetingEnded: 'Every ended meeting',
    },
  },
  de: {
    transcript: 'Verlauf',
    subject: 'Betreff',
    notes: 'Notizen',
    wrapUp: 'Nachbearbeitung',
    channel: 'Kanal',
    conversationId: 'Gesprächs-ID',
    agent: 'Mitarbeiter',
    started: 'Beginn',
    ended: 'Ende',
    requestPage: 'Anfrageseite',
    customFields: 'Benutzerdefinierte Felder',
    variables: 'Variablen',
    attachments: 'Anhänge',
    from: 'Von',
    to: 'An',
    queue: 'Warteschlange',
    outboundRoute: 'Ausgehende Route',
    recording: 'Aufzeichnung',
    report: 'Bericht',
    visitor: 'Besucher',
    unknownCaller: 'unbekannter Anrufer',
    newVisitor: 'Neuer Besucher',
    meeting: 'Besprechung',
    chatSubject: (channel, visitor) => `${channel} mit ${visitor}`,
    callSubject: (caller) => `Anruf ({{call.direction}}) mit ${caller}`,
    callLine: 'Anruf ({{call.direction}}), {{call.status}}, {{call.duration | mmss}}',
    channelNames: { web_chat: 'Web-Chat', inbox: 'Posteingang', calls: 'Anruf', meetings: 'Besprechung' },
    speakers: { visitor: 'Besucher', agent: 'Mitarbeiter', system: 'System' },
    bytes: 'Bytes',
    rules: {
      chatEnded: 'Jeder beendete Chat',
      offlineMessages: 'Offline-Nachrichten',
      newConversation: 'Jedes neue Gespräch',
      missedCalls: 'Verpasste Anrufe',
      callEnded: 'Jeder beendete Anruf',
      meetingEnded: 'Jede beendete Besprechung',
    },
  },
  ja: {
    transcript: 'トランスクリプト',
    subject: '件名',
    notes: 'メモ',
    wrapUp: '後処理',
    channel: 'チャネル',
    conversationId: '会話ID',
    agent: '担当者',
    started: '開始',
    ended: '終了',
    requestPage: '問い合わせページ',
    customFields: 'カスタム項目',
    variables: '変数',
    attachments: '添付ファイル',
    from: '発信元',
    to: '宛先',
    queue: 'キュー',
    outboundRoute: '発信ルート',
    recording: '録音',
    report: 'レポート',
    visitor: '訪問者',
    unknownCaller: '不明な発信者',
    newVisitor: '新しい訪問者',
    meeting: 'ミーティング',
    chatSubject: (channel, visitor) => `${visitor}との${channel}`,
    callSubject: (caller) => `${caller}との通話（{{call.direction}}）`,
    callLine: '通話（{{call.direction}}）、{{call.status}}、{{call.duration | mmss}}',
    channelNames: { web_chat: 'Webチャット', inbox: '受信箱', calls: '通話', meetings: 'ミーティング' },
    speakers: { visitor: '訪問者', agent: '担当者', system: 'システム' },
    bytes: 'バイト',
    rules: {
      chatEnded: '終了したすべてのチャット',
      offlineMessages: 'オフラインメッセージ',
      newConversation: 'すべての新しい会話',
      missedCalls: '不在着信',
      callEnded: '終了したすべての通話',
      meetingEnded: '終了したすべてのミーティング',
    },
  },
  ru: {
    transcript: 'Расшифровка',
    subject: 'Тема',
    notes: 'Заметки',
    wrapUp: 'Итог',
    channel: 'Канал',
    conversationId: 'ID разговора',
    agent: 'Оператор',
    started: 'Начало',
    ended: 'Окончание',
    requestPage: 'Страница запроса',
    customFields: 'Пользовательские поля',
    variables: 'Переменные',
    attachments: 'Вложения',
    from: 'От',
    to: 'Кому',
    queue: 'Очередь',
    outboundRoute: 'Исходящий маршрут',
    recording: 'Запись',
    report: 'Отчёт',
    visitor: 'Посетитель',
    unknownCaller: 'неизвестный абонент',
    newVisitor: 'Новый посетитель',
    meeting: 'Встреча',
    chatSubject: (channel, visitor) => `${channel} с ${visitor}`,
    callSubject: (caller) => `Звонок ({{call.direction}}) с ${caller}`,
    callLine: 'Звонок ({{call.direction}}), {{call.status}}, {{call.duration | mmss}}',
    channelNames: { web_chat: 'Веб-чат', inbox: 'Входящие', calls: 'Звонок', meetings: 'Встреча' },
    speakers: { visitor: 'Посетитель', agent: 'Оператор', system: 'Система' },
    bytes: 'байт',
    rules: {
      chatEnded: 'Каждый завершённый чат',
      offlineMessages: 'Офлайн-сообщения',
      newConversation: 'Каждый новый разговор',
      missedCalls: 'Пропущенные звонки',
      callEnded: 'Каждый завершённый звонок',
      meetingEnded: 'Каждая завершённая встреча',
    },
  },
};
