import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { updateSettings, webChat } from '../../fixtures/settings-api.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { connectTenantToSim, simRecord } from '../agent-panel/sim.ts';

test('a test conversation in automatic mode creates Zoho records and shows in the activity log', async ({
  page,
}) => {
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  await updateSettings(page, 'acme', (settings) => {
    Object.assign(webChat(settings), { enabled: true, mode: 'automatic' });
  });

  await page.goto('/integrations/zoho-crm/activity');
  await expect(page.getByRole('heading', { name: 'Activity log', level: 1 })).toBeVisible();
  const secretButton = page.getByRole('button', { name: /^(Create secret|Rotate secret)$/ });
  const rotating = (await secretButton.textContent())?.includes('Rotate') ?? false;
  await secretButton.click();
  if (rotating) await page.getByRole('dialog').getByRole('button', { name: 'Rotate now' }).click();
  await expect(page.getByRole('textbox', { name: 'New signing secret' })).toHaveValue(/.{20,}/);
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await expect(page.getByRole('textbox', { name: 'New signing secret' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Sample event' }).selectOption('chat.ended');
  await page.getByRole('button', { name: 'Send test conversation' }).click();
  const table = page.getByRole('table', { name: /Activity log, page/ });
  await expect(table.getByText('Done').first()).toBeVisible({ timeout: 45_000 });

  // The record links open the simulator's CRM web UI of the org's data center; the record exists there.
  const href = (await table.getByRole('link').first().getAttribute('href')) ?? '';
  expect(href).toMatch(/\/us\/web\/crm\/tab\/(Leads|Contacts|Tasks)\/\d+$/);
  const [, module, id] = /\/tab\/(\w+)\/(\d+)$/.exec(href) ?? [];
  expect(await simRecord(page, module ?? '', id ?? '')).toMatchObject({ id });
  await expectNoSeriousA11yViolations(page);
});
