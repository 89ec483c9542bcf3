import type { SettingsVersionsMessages } from './en';

export const settingsVersionsRu: SettingsVersionsMessages = {
  history: {
    intro:
      'Каждое сохранение создаёт новую версию. Восстановление старой версии сохраняет её заново как самую новую; ничего не удаляется.',
    loading: 'Загрузка версий…',
    failed: 'Не удалось загрузить версии',
    empty: 'Версий пока нет: настройки ещё не сохранялись.',
    version: 'Версия {{number}}',
    current: 'Текущая',
    savedBy: 'Сохранено {{date}}, автор: {{name}} ({{email}}).',
    restoredFrom: 'Восстановлено из версии {{number}}.',
    showChanges: 'Изменения в версии {{number}}',
    restore: 'Восстановить версию {{number}}',
    confirmTitle: 'Восстановить версию {{number}}?',
    confirmBody: 'Настройки версии {{number}} будут сохранены как новая версия и сразу начнут действовать.',
    confirmDirty: 'Несохранённые изменения в редакторе будут потеряны.',
    confirm: 'Восстановить',
    restoring: 'Восстановление…',
    restored: 'Версия {{number}} восстановлена как версия {{saved}}.',
    restoreFailed: 'Не удалось восстановить версию: {{reason}}',
    pages: 'Страницы истории',
    previous: 'Предыдущая страница',
    next: 'Следующая страница',
    page: 'Страница {{page}} из {{pages}}',
  },
};
