import { describe, expect, it } from 'vitest';
import { createTestI18n } from '@/testing/create-test-i18n';
import { changeLanguage, loadI18n } from './i18n';
import { LANGUAGE_STORAGE_KEY } from './languages';

/** Which languages the instance holds any text of, per namespace. */
function loadedTexts(i18n: ReturnType<typeof createTestI18n>) {
  return Object.fromEntries(
    Object.entries(i18n.store.data).map(([language, namespaces]) => [
      language,
      Object.keys(namespaces).sort(),
    ]),
  );
}

describe('createI18n', () => {
  it('has the shell and event texts at once, and loads a screen namespace when asked', async () => {
    const i18n = createTestI18n('de');
    expect(i18n.t('common.loadingPage')).toBe('Seite wird geladen …');
    expect(i18n.t('types.chat_ended', { ns: 'events' })).toBe('Chat beendet');
    expect(i18n.hasLoadedNamespace('settings')).toBe(false);

    await i18n.loadNamespaces('settings');
    expect(i18n.t('page.title', { ns: 'settings' })).toBe('Zoho CRM-Einstellungen');
  });

  it('loads the namespaces already in use for a new language before switching to it', async () => {
    const i18n = createTestI18n('en');
    await i18n.loadNamespaces(['agentPanel', 'activity']);
    await changeLanguage(i18n, 'ja');
    expect(i18n.hasLoadedNamespace('agentPanel', { lng: 'ja' })).toBe(true);
    expect(i18n.hasLoadedNamespace('activity', { lng: 'ja' })).toBe(true);
    expect(i18n.t('history.statuses.done', { ns: 'agentPanel' })).toBe('完了');
  });
});

describe('loadI18n (the app start)', () => {
  it('holds only the user’s language: the shell texts, no other language, no screen namespace', async () => {
    const i18n = await loadI18n('ru');
    expect(loadedTexts(i18n)).toEqual({ ru: ['events', 'translation'] });
    expect(i18n.t('common.loadingPage')).toBe('Загрузка страницы…');
  });

  it('does not download English beside German (no fallback language), even after a screen loads', async () => {
    const i18n = await loadI18n('de');
    expect(i18n.t('common.loadingPage')).toBe('Seite wird geladen …');
    await i18n.loadNamespaces('settings');
    expect(loadedTexts(i18n)).toEqual({ de: ['events', 'settings', 'translation'] });
  });

  it('starts in the stored language and loads another only when the user switches to it', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ja');
    const i18n = await loadI18n();
    expect(i18n.language).toBe('ja');
    expect(Object.keys(i18n.store.data)).toEqual(['ja']);

    await changeLanguage(i18n, 'de');
    expect(i18n.t('common.loadingPage')).toBe('Seite wird geladen …');
    expect(i18n.t('types.chat_ended', { ns: 'events' })).toBe('Chat beendet');
    expect(Object.keys(i18n.store.data).sort()).toEqual(['de', 'ja']);
  });
});
