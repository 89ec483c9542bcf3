import { expect, type Page, test } from '@playwright/test';
import { updateSettings, webChat } from '../../fixtures/settings-api.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { connectTenantToSim } from '../agent-panel/sim.ts';
import {
  EMOJI_TEXT,
  expectNoSidewaysScroll,
  LONG_EMAIL,
  LONG_WORD,
  RTL_TEXT,
  sendHostileEvents,
  settle,
} from './hostile-data.ts';

// The guided start's rows (long German and Russian words in a narrow grid) and the customer-data page
// (its test search with hostile queries, against an org holding the hostile visitors' Leads) at both widths.
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  await updateSettings(page, 'acme', (settings) => {
    Object.assign(webChat(settings), { enabled: true, mode: 'automatic' });
  });
  // Each hostile visitor becomes a Lead in the simulated org, so Zoho's answer to the test search has them.
  await sendHostileEvents(page, 'acme');
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/tenants/acme/activity?q=${LONG_WORD.slice(0, 40)}`);
        const { events } = (await response.json()) as { events: { status: string }[] };
        return events.length > 0 && events.every((e) => !['queued', 'processing'].includes(e.status));
      },
      { timeout: 45_000 },
    )
    .toBe(true);
  await page.close();
});

/** Each guided start row keeps its words inside itself (no row wider than the list). */
async function expectRowsFit(page: Page, label: string): Promise<void> {
  const rows = page.locator('.guided-start__step');
  await expect(rows).toHaveCount(6);
  const list = await page.locator('.guided-start__steps').evaluate((e) => e.clientWidth);
  for (const width of await rows.evaluateAll((all) => all.map((row) => row.scrollWidth))) {
    expect(width, `${label}: a guided start row is ${width}px in a ${list}px list`).toBeLessThanOrEqual(list);
  }
}

for (const width of [1280, 400]) {
  for (const locale of ['de-DE', 'ru-RU', 'en-US']) {
    test.describe(`in ${locale}`, () => {
      test.use({ locale });
      test(`at ${width} px the guided start rows fit`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await signIn(page, USERS.acmeAdmin);
        await page.goto('/integrations/zoho-crm');
        await settle(page);
        await expectRowsFit(page, `${locale} ${width}px`);
        await expectNoSidewaysScroll(page, `/integrations/zoho-crm in ${locale}`);
      });
    });
  }

  test(`at ${width} px the customer-data page and its test search fit hostile queries`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, USERS.acmeAdmin);
    await page.goto('/integrations/zoho-crm/customer-data');
    await settle(page);
    await expectNoSidewaysScroll(page, '/integrations/zoho-crm/customer-data');
    const search = page.getByRole('searchbox', { name: 'Phone, e-mail or name' });
    for (const q of [LONG_EMAIL, LONG_WORD, RTL_TEXT, EMOJI_TEXT]) {
      await search.fill(q.slice(0, 200));
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'Zoho answers' })).toBeVisible({ timeout: 20_000 });
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await expectNoSidewaysScroll(page, `customer-data search for ${q.slice(0, 20)}…`);
    }
  });
}
