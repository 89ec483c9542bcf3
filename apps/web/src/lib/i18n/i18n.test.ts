import { describe, expect, it } from 'vitest';
import { changeLanguage, createI18n } from './i18n';

describe('createI18n', () => {
  it('has the shell and event texts at once, and loads a screen namespace when asked', async () => {
    const i18n = createI18n('de');
    expect(i18n.t('common.loadingPage')).toBe('Seite wird geladen …');
    expect(i18n.t('types.chat_ended', { ns: 'events' })).toBe('Chat beendet');
    expect(i18n.hasLoadedNamespace('settings')).toBe(false);

    await i18n.loadNamespaces('settings');
    expect(i18n.t('page.title', { ns: 'settings' })).toBe('Zoho CRM-Einstellungen');
  });

  it('loads the namespaces already in use for a new language before switching to it', async () => {
    const i18n = createI18n('en');
    await i18n.loadNamespaces(['agentPanel', 'activity']);
    await changeLanguage(i18n, 'ja');
    expect(i18n.hasLoadedNamespace('agentPanel', { lng: 'ja' })).toBe(true);
    expect(i18n.hasLoadedNamespace('activity', { lng: 'ja' })).toBe(true);
    expect(i18n.t('history.statuses.done', { ns: 'agentPanel' })).toBe('完了');
  });
});
