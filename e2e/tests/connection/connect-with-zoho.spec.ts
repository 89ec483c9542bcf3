import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { consentInPopup, createSimClient, simRefreshTokens } from '../../fixtures/zoho-sim.ts';

async function connectThroughPopup(page: Page, zohoEmail: string, orgName: string): Promise<void> {
  const popupPromise = page.waitForEvent('popup');
  // A tenant another spec already connected shows Reconnect instead; both run the same consent flow.
  await page
    .getByRole('button', { name: /^(Connect with Zoho|Reconnect)$/ })
    .first()
    .click();
  const popup = await popupPromise;
  await consentInPopup(popup, zohoEmail);
  // The callback page posts the outcome to the console and closes itself.
  await expect.poll(() => popup.isClosed(), { timeout: 15_000 }).toBe(true);
  const card = page.getByRole('article', { name: new RegExp(orgName) });
  const useOrg = page.getByRole('button', { name: 'Use this organization' });
  await expect(card.or(useOrg)).toBeVisible({ timeout: 15_000 });
  if (await useOrg.isVisible()) {
    // With one org the console preselects it; the admin confirms.
    const chooser = page.getByRole('group', { name: 'Zoho CRM organization' });
    await expect(chooser.getByRole('radio', { name: new RegExp(orgName) })).toBeChecked();
    await useOrg.click();
  }
  await expect(card).toBeVisible({ timeout: 15_000 });
  await expect(card).toContainText('Connected');
  // Once the org is chosen, nothing may still ask the admin to choose it.
  await expect(page.getByText(/Choose the Zoho CRM organization to connect below/)).toBeHidden();
}

test('custom configuration: Globex connects its EU org through the consent popup', async ({ page }) => {
  const client = await createSimClient('eu');
  await signIn(page, USERS.globexAdmin);
  await page.goto('/integrations/zoho-crm');
  await page.getByRole('radio', { name: 'Custom configuration' }).check();
  await page.getByRole('combobox', { name: 'Data center' }).selectOption({ label: 'Simulator — Europe' });
  await page.getByRole('textbox', { name: 'Client ID' }).fill(client.client_id);
  await page.getByLabel('Client Secret').fill(client.client_secret);
  await expect(page.getByRole('textbox', { name: 'Authorized Redirect URL' })).toHaveValue(
    /\/api\/zoho\/oauth\/callback$/,
  );
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByRole('button', { name: /^(Connect with Zoho|Reconnect)$/ }).first()).toBeEnabled({
    timeout: 15_000,
  });
  await connectThroughPopup(page, 'zoho-admin@globex.example', 'Globex GmbH');
  // What is live is said apart from what is saved, and the attempt that made it is listed.
  const live = page.getByRole('region', { name: 'Live connection' });
  await expect(live).toContainText('Your own client (custom configuration)');
  await expect(live).toContainText('Simulator — Europe');
  await expect(page.getByRole('region', { name: 'Saved configuration' })).not.toContainText(
    'is not the one that is live',
  );
  await expect(page.getByRole('region', { name: 'Recent connection attempts' })).toContainText('Connected');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText(/\d+\s*ms/).first()).toBeVisible({ timeout: 15_000 });

  // Disconnect revokes the refresh token at Zoho and keeps the settings.
  await page.getByRole('button', { name: 'Disconnect' }).click();
  const dialog = page.getByRole('dialog', { name: 'Disconnect Zoho CRM?' });
  await dialog.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByText('Zoho CRM was disconnected.')).toBeVisible({ timeout: 15_000 });
  const tokens = await simRefreshTokens(client.client_id);
  expect(tokens.length).toBeGreaterThan(0);
  expect(tokens.map((t) => t.status)).toEqual(tokens.map(() => 'revoked'));
});

test('newcomer path from the README: Acme connects with one click on the seeded system configuration', async ({
  page,
}) => {
  await signIn(page, USERS.acmeAdmin);
  await page.goto('/integrations');
  await page.getByRole('link', { name: /^(Set up|Manage) Zoho CRM$/ }).click();
  await page.getByRole('radio', { name: 'System configuration' }).check();
  await page
    .getByRole('combobox', { name: 'Data center' })
    .selectOption({ label: 'Simulator — United States' });
  await page.getByRole('button', { name: 'Save configuration' }).click();
  await expect(page.getByRole('button', { name: /^(Connect with Zoho|Reconnect)$/ }).first()).toBeEnabled({
    timeout: 15_000,
  });
  await connectThroughPopup(page, 'zoho-admin@acme.example', 'Acme Corp');
  await page.goto('/integrations');
  await expect(page.getByText(/connected/i).first()).toBeVisible();
});

test('the system admin registers the platform client of a data center; its secret is write-only', async ({
  page,
}) => {
  const client = await createSimClient('eu', true);
  await signIn(page, USERS.sysadmin);
  await page.getByRole('link', { name: 'Configure Zoho CRM' }).click();
  const form = page.getByRole('form', { name: /Simulator — Europe/ });
  await form.getByRole('textbox', { name: 'Client ID' }).fill(client.client_id);
  await form.getByLabel('Client Secret').fill(client.client_secret);
  await form.getByRole('checkbox', { name: 'Offer to tenants' }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Saved.')).toBeVisible({ timeout: 15_000 });
  const clients = await page.request.get('/api/system/zoho/clients');
  expect(clients.status()).toBe(200);
  const body = await clients.text();
  expect(body).toContain(client.client_id);
  expect(body).not.toContain(client.client_secret);
  await page.reload();
  await expect(
    page.getByRole('form', { name: /Simulator — Europe/ }).getByLabel('Client Secret'),
  ).toHaveValue('');
  await expectNoSeriousA11yViolations(page);
});
