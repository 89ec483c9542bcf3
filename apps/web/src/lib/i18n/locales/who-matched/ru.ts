import type { whoMatchedEn } from './en';

export const whoMatchedRu: typeof whoMatchedEn = {
  heading: 'Кто найден и почему',
  found: 'Найдена запись {{module}} {{record}} по правилу «{{rule}}».',
  several: 'Этому правилу соответствовали записи: {{count}}; {{policy}}',
  policy: {
    most_recently_modified: 'выбрана изменённая последней.',
    oldest: 'выбрана самая старая.',
  },
  notFound:
    'Ни одна запись не подошла ни под одно правило идентификации, поэтому автоматизация создаёт новую.',
  needsReview: 'Подошли записи {{module}}: {{count}}. Событие ждёт, пока человек выберет одну.',
  test: 'Тестовый разговор никогда не ищется в Zoho CRM: все записи, которые он пишет, новые.',
  notPlanned: 'Ещё не идентифицировано: событие пока не обработано.',
  stepsHeading: 'Поиски по порядку',
  step: '{{module}} по правилу «{{rule}}» «{{value}}»: Zoho вернул {{returned}}, точно совпало {{matched}}.',
  others: 'Не выбраны, так как не совпали точно:',
  rule: {
    stored_link: 'запись, связанная с этим разговором',
    email: 'электронная почта',
    phone: 'телефон',
    name_company: 'имя и компания',
    custom_field: 'пользовательское поле',
  },
};
