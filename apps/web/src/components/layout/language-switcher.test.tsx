import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '@/testing/create-test-i18n';
import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n/languages';
import { stubFetch } from '@/testing/fetch-stub';
import { integrationsBody, meBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

function stubTenantAdmin() {
  stubFetch({
    'GET /api/me': { body: meBody('tenant_admin') },
    'GET /api/tenants/acme/integrations': { body: integrationsBody() },
  });
}

describe('language switcher', () => {
  it('offers each language in itself, marked with its lang', async () => {
    stubTenantAdmin();
    renderApp({ url: '/integrations' });

    const select = await screen.findByRole('combobox', { name: 'Language' });

    const options = within(select).getAllByRole('option');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['English', 'en'],
      ['Deutsch', 'de'],
      ['日本語', 'ja'],
      ['Русский', 'ru'],
    ]);
  });

  it('switches every text, <html lang> and the title, and remembers the choice', async () => {
    stubTenantAdmin();
    const user = userEvent.setup();
    renderApp({ url: '/integrations' });
    await screen.findByRole('heading', { level: 1, name: 'App & Integrations' });
    expect(document.documentElement.lang).toBe('en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch');

    expect(await screen.findByRole('heading', { level: 1, name: 'Apps & Integrationen' })).toBeDefined();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeDefined();
    // The integration list may still be loading its German namespace (lazy i18n), so wait for it.
    expect(await screen.findByText('Nicht verbunden')).toBeDefined();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toBeDefined();
    expect(document.documentElement.lang).toBe('de');
    expect(document.title).toBe('Apps & Integrationen · CX Connector');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de');
  });

  it('is in the Tab order and keeps focus while the console re-renders in the new language', async () => {
    stubTenantAdmin();
    const user = userEvent.setup();
    renderApp({ url: '/integrations' });
    const select = await screen.findByRole('combobox', { name: 'Language' });

    await user.tab(); // skip link
    await user.tab(); // product name
    await user.tab();
    expect(document.activeElement).toBe(select);
    // The arrow keys belong to the browser's native select; happy-dom does not emulate them.
    await user.selectOptions(select, 'Русский');

    expect(await screen.findByRole('heading', { level: 1, name: 'Приложения и интеграции' })).toBeDefined();
    expect(document.documentElement.lang).toBe('ru');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Язык' }));
  });

  it('starts in the stored language', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ja');

    const i18n = createTestI18n();

    expect(i18n.language).toBe('ja');
    expect(document.documentElement.lang).toBe('ja');
  });
});
