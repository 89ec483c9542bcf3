import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { updateSettings, webChat } from '../../fixtures/settings-api.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { connectTenantToSim } from '../agent-panel/sim.ts';

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

async function save(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Save settings' }).click();
  const saved = page.getByText(/Settings saved as version \d+\./);
  await expect(saved).toBeVisible({ timeout: 20_000 });
  return Number(/version (\d+)/.exec((await saved.textContent()) ?? '')?.[1]);
}

test('Acme: Web Chat "For Sales", a custom field mapped, identification reordered, saved, reloaded, restored', async ({
  page,
}) => {
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  await page.goto('/integrations');
  await page.getByRole('link', { name: 'Zoho CRM settings' }).click();
  await expect(page.getByRole('heading', { name: 'Zoho CRM settings', level: 1 })).toBeVisible();

  await openTab(page, 'Web Chat');
  await page.getByRole('checkbox', { name: 'Record Web Chat conversations in Zoho CRM' }).check();
  await page.getByRole('button', { name: 'For Sales' }).click();
  await expect(page.getByRole('radio', { name: 'Lead', exact: true })).toBeChecked();
  const before = await save(page);

  // Map the custom field rs_utm_source (exists on Acme's Leads) from the conversation's UTM source.
  const leads = page.getByRole('group', { name: 'Leads', exact: true });
  await leads.getByRole('button', { name: 'Add mapping row' }).click();
  const row = leads.getByRole('group', { name: /^Row \d+$/ }).last();
  await row.getByRole('combobox', { name: 'Zoho field' }).selectOption('rs_utm_source');
  await row.getByRole('combobox', { name: 'Value from' }).selectOption({ label: 'Conversation field' });
  await row.getByRole('combobox', { name: 'Conversation field' }).selectOption('utm.source');
  await expectNoSeriousA11yViolations(page);

  // Identification: move Contacts' second rule to the top with the keyboard-accessible button.
  await openTab(page, 'Identification');
  const contacts = page.getByRole('group', { name: 'Contacts', exact: true });
  const legends = contacts.getByRole('group', { name: /^Rule \d+: / });
  const secondLegend = (await legends.nth(1).locator('legend').first().innerText()).trim();
  const secondKind = secondLegend.replace(/^Rule 2: /, '');
  await contacts.getByRole('button', { name: /^Move identification rule 2 .* up$/ }).click();
  await expect(legends.first()).toHaveAccessibleName(`Rule 1: ${secondKind}`);
  const withMapping = await save(page);
  expect(withMapping).toBe(before + 1);

  // Reload: everything is stored.
  await page.reload();
  await openTab(page, 'Web Chat');
  const zohoFields = page
    .getByRole('group', { name: 'Leads', exact: true })
    .getByRole('combobox', { name: 'Zoho field' });
  // The editor renders once the saved settings and the org's fields have loaded.
  await expect
    .poll(
      () => zohoFields.evaluateAll((els) => els.map((el) => (el as unknown as { value: string }).value)),
      {
        timeout: 20_000,
      },
    )
    .toContain('rs_utm_source');
  await openTab(page, 'Identification');
  await expect(
    page
      .getByRole('group', { name: 'Contacts', exact: true })
      .getByRole('group', { name: /^Rule \d+: / })
      .first(),
  ).toHaveAccessibleName(`Rule 1: ${secondKind}`);

  // Restore the version before the mapping: a new version equal to the old one.
  await openTab(page, 'History');
  await page.getByRole('button', { name: `Restore version ${before}` }).click();
  await page
    .getByRole('dialog', { name: `Restore version ${before}?` })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page.getByText(`Version ${before} restored as version ${withMapping + 1}.`)).toBeVisible({
    timeout: 20_000,
  });
  await expectNoSeriousA11yViolations(page);
});

test('Globex: preflight blocks automatic mode while mapped rs_utm_* fields do not exist in its org', async ({
  page,
}) => {
  await signIn(page, USERS.globexAdmin);
  await connectTenantToSim(page, 'globex', 'zoho-admin@globex.example', 'sim-eu');
  // A mapping made for an org that has Ringostat's UTM fields (saved in manual mode, which needs no preflight).
  await updateSettings(page, 'globex', (settings) => {
    const channel = webChat(settings);
    Object.assign(channel, { enabled: true, mode: 'manual' });
    const mapping = channel.mapping as Record<string, unknown[]>;
    mapping.Leads = [
      ...(mapping.Leads ?? []),
      { zohoField: 'rs_utm_source', source: { kind: 'field', path: 'utm.source' } },
    ];
  });

  await page.goto('/integrations/zoho-crm/settings?tab=web_chat');
  await page.getByRole('radio', { name: 'Automatically' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(
    page.getByText(/Automatic mode cannot be saved while preflight finds errors/).first(),
  ).toBeVisible({
    timeout: 20_000,
  });
  const preflight = page.getByRole('region', { name: 'Preflight' });
  await expect(preflight).toContainText('rs_utm_source');
  await expect(preflight).toContainText(/Leads/);
  // Nothing was saved: the stored settings are still in manual mode.
  const stored = (await (await page.request.get('/api/tenants/globex/settings')).json()) as {
    settings: { channels: { web_chat: { mode: string } } };
  };
  expect(stored.settings.channels.web_chat.mode).toBe('manual');
  await expectNoSeriousA11yViolations(page);
});

test('Acme: the chosen preset shows as pressed, and the README’s template previews as one sentence', async ({
  page,
}) => {
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  await page.goto('/integrations');
  await page.getByRole('link', { name: 'Zoho CRM settings' }).click();
  await openTab(page, 'Web Chat');
  await page.getByRole('checkbox', { name: 'Record Web Chat conversations in Zoho CRM' }).check();

  const sales = page.getByRole('button', { name: 'For Sales' });
  const support = page.getByRole('button', { name: 'For Support' });
  await sales.click();
  await expect(sales).toHaveAttribute('aria-pressed', 'true');
  await expect(support).toHaveAttribute('aria-pressed', 'false');
  // Seen, not only announced: the pressed preset looks different from the other one.
  const look = (button: typeof sales) => button.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await look(sales)).not.toBe(await look(support));

  const leads = page.getByRole('group', { name: 'Leads', exact: true });
  await leads.getByRole('button', { name: 'Add mapping row' }).click();
  const row = leads.getByRole('group', { name: /^Row \d+$/ }).last();
  await row.getByRole('combobox', { name: 'Zoho field' }).selectOption('Description');
  await row.getByRole('combobox', { name: 'Value from' }).selectOption({ label: 'Template' });
  await row.getByRole('textbox', { name: 'Template' }).fill('{{channel}} with {{visitor.name}}');
  await expect(row.locator('.template-preview__text')).toHaveText('Web chat with Ada Lovelace');
});
