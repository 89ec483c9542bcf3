import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { updateSettings } from '../../fixtures/settings-api.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { connectTenantToSim } from '../agent-panel/sim.ts';

type Json = Record<string, unknown>;
let saved: Json | undefined;

const dispositionOf = (settings: Json) => ((settings.records as Json).lateData as Json).disposition as Json;

test.beforeEach(async ({ page }) => {
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  await updateSettings(page, 'acme', (settings) => {
    saved = structuredClone(settings);
  });
});

test.afterEach(async ({ page }) => {
  const before = saved;
  if (before) await updateSettings(page, 'acme', (settings) => Object.assign(settings, before));
});

test('Settings → Records: the disposition goes to a Calls pick list the admin picks, mapped to its values', async ({
  page,
}) => {
  await page.goto('/integrations/zoho-crm/settings?tab=records');
  const picker = page.getByRole('combobox', { name: 'The agent’s disposition is written to' });
  // The org's own Calls fields, Call_Result chosen until the admin picks another.
  await expect(picker).toHaveValue('Call_Result', { timeout: 20_000 });
  await picker.selectOption({ label: 'Call Purpose (Call_Purpose)' });

  const values = page.getByRole('group', { name: 'Disposition values' });
  await values.getByRole('button', { name: 'Add a disposition' }).click();
  const row = values.getByRole('group', { name: 'Disposition 1' });
  await row.getByRole('textbox', { name: 'Code from the platform' }).fill('demo-booked');
  // The pick list's own values, not Call_Result's.
  const value = row.getByRole('combobox', { name: 'Written to Zoho as' });
  await expect(value.getByRole('option', { name: 'Prospecting' })).toHaveCount(1);
  await expect(value.getByRole('option', { name: 'Interested' })).toHaveCount(0);
  await value.selectOption('Prospecting');
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText(/Settings saved as version \d+\./)).toBeVisible({ timeout: 20_000 });
  const stored = (await (await page.request.get('/api/tenants/acme/settings')).json()) as { settings: Json };
  expect(dispositionOf(stored.settings)).toMatchObject({
    target: 'field',
    field: 'Call_Purpose',
    values: { 'demo-booked': 'Prospecting' },
  });

  // Reloaded, the picker shows the stored field.
  await page.reload();
  await expect(picker).toHaveValue('Call_Purpose', { timeout: 20_000 });
});
