import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';

// Permissions are checked by calling the API from the signed-in browser: the UI hiding a link proves nothing.
test("a tenant admin of Acme gets 404 for Globex and sees Acme's Zoho CRM card", async ({ page }) => {
  await signIn(page, USERS.acmeAdmin);
  expect((await page.request.get('/api/tenants/globex/integrations')).status()).toBe(404);
  expect((await page.request.get('/api/tenants/acme/integrations')).status()).toBe(200);
  expect((await page.request.get('/api/system/tenants')).status()).toBe(403);
  await page.getByRole('link', { name: 'App & Integrations' }).click();
  await expect(page.getByRole('heading', { name: 'Zoho CRM' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('an agent gets 403 on admin routes', async ({ page }) => {
  await signIn(page, USERS.alice);
  expect((await page.request.get('/api/tenants/acme/integrations')).status()).toBe(403);
  expect((await page.request.get('/api/system/tenants')).status()).toBe(403);
});

test('the system admin sees every tenant in the Connector Hub', async ({ page }) => {
  await signIn(page, USERS.sysadmin);
  await page.getByRole('link', { name: 'Connector Hub' }).click();
  await expect(page.getByRole('heading', { name: 'Connector Hub', level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('an unknown console path shows the 404 page', async ({ page }) => {
  await signIn(page, USERS.carol);
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  await expectNoSeriousA11yViolations(page);
});

test('the language switcher translates the console and sets <html lang>', async ({ page }) => {
  await signIn(page, USERS.acmeAdmin);
  // Each language's texts are a chunk loaded on the switch: wait for the page to show them.
  for (const [language, lang, title] of [
    ['Deutsch', 'de', 'Apps & Integrationen'],
    ['日本語', 'ja', 'アプリと連携'],
    ['Русский', 'ru', 'Приложения и интеграции'],
    ['English', 'en', 'App & Integrations'],
  ] as const) {
    await page
      .getByRole('combobox', { name: /language|sprache|言語|язык/i })
      .selectOption({ label: language });
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expectNoSeriousA11yViolations(page);
  }
});
