import type { EventsMessages } from './en';

export const eventsRu: EventsMessages = {
  channels: {
    web_chat: 'Веб-чат',
    inbox: 'Входящие',
    calls: 'Звонки',
    meetings: 'Встречи',
  },
  modules: {
    Leads: 'Лид',
    Contacts: 'Контакт',
    Accounts: 'Компания',
    Deals: 'Сделка',
    Tasks: 'Задача',
    Cases: 'Обращение',
    Calls: 'Звонок',
    Notes: 'Заметка',
  },
  types: {
    chat_started: 'Чат начат',
    chat_ended: 'Чат завершён',
    offline_message_received: 'Получено офлайн-сообщение',
    conversation_started: 'Разговор начат',
    inbox_message_received: 'Получено входящее сообщение',
    call_ended: 'Звонок завершён',
    meeting_ended: 'Встреча завершена',
    call_started: 'Звонок начался',
    call_recording_available: 'Доступна запись звонка',
    call_transcript_available: 'Доступна расшифровка звонка',
    call_disposition_set: 'Указан итог звонка',
    conversation_summary_available: 'Доступно резюме разговора',
  },
  skipReason: {
    channel_disabled: 'Канал выключен.',
    manual_mode: 'Канал в ручном режиме: агенты сами фиксируют разговоры.',
    no_rule_matched: 'Ни одно правило не подошло к этому событию.',
    not_connected: 'Zoho CRM не был подключён.',
    needs_review: 'Посетитель совпал с несколькими записями; политика идентификации требует проверки.',
    internal_number:
      'Единственный номер клиента — собственный номер компании, поэтому никто не искался и не создавался.',
    late_data_unused: 'Поздние данные звонка не нашли запись своего разговора за время ожидания.',
  },
  errors: {
    INVALID_DATA: 'Zoho отклонил значение: у него неверный формат или оно недопустимо в этом поле.',
    MANDATORY_NOT_FOUND: 'Обязательное поле Zoho оказалось пустым. Сопоставьте ему значение в настройках.',
    DUPLICATE_DATA: 'В Zoho уже есть запись с этим уникальным значением.',
    TOO_MANY_REQUESTS: 'Достигнут лимит запросов Zoho. Событие будет повторено автоматически.',
    zoho_unreachable: 'Не удалось связаться с Zoho CRM. Событие будет повторено автоматически.',
    needs_reconnect: 'Подключение к Zoho нужно обновить. После переподключения событие продолжится.',
    not_connected: 'Zoho CRM не подключён.',
    internal: 'У нас что-то пошло не так. Повторите событие; если ошибка повторится, обратитесь в поддержку.',
    credit_budget_reached:
      'Лимит Zoho-кредитов этого арендатора на 24 часа исчерпан. Событие ждёт и выполнится, когда кредиты освободятся; лимит можно повысить в разделе «Настройки → Лимиты».',
    attachment_download_deferred:
      'Файл пока не удалось загрузить. Записи уже в Zoho; загрузка файла будет повторена автоматически.',
    other: 'Zoho отклонил запись.',
  },
};
