import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { connectTenantToSim, simApiRequests, simLastSeq } from '../agent-panel/sim.ts';
import {
  connectedOrgId,
  contactIdByLastName,
  type MirrorSettings,
  readMirrorSettings,
  renameInZoho,
  saveMirrorSettings,
} from './sim-changes.ts';

// The demo tenant is shared with the other specs: what this journey changes (the mode, Jane Roe's name)
// is put back afterwards, and the copy is rebuilt from Zoho so no spec after this one sees the rename.
let original: MirrorSettings | null = null;
let orgId = '';
let janeId = '';

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  original = await readMirrorSettings(page, 'acme');
  orgId = await connectedOrgId(page, 'acme');
  janeId = await contactIdByLastName(page, orgId, 'Roe');
  // Live first: it deletes the copy, so the journey below watches a whole import.
  await saveMirrorSettings(page, 'acme', { ...original, mode: 'live' });
  await page.close();
});

test.afterAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, USERS.acmeAdmin);
  if (janeId) await renameInZoho(page, orgId, janeId, 'Roe');
  // Live deletes the copy that still holds the rename; the original settings then import it afresh.
  await saveMirrorSettings(page, 'acme', { ...(original ?? defaults), mode: 'live' });
  if (original) await saveMirrorSettings(page, 'acme', original);
  await page.close();
});

const defaults: MirrorSettings = {
  mode: 'auto',
  modules: ['Leads', 'Contacts', 'Accounts'],
  intervalMinutes: 5,
};

/** The agent panel for a call from Jane Roe's number, spelled as a US caller ID shows it. */
async function openPanelForJanesNumber(page: Page, conversation: string) {
  await page.goto(
    `/agent/conversation?phone=415.555.0100&country=US&channel=calls&conversationId=${conversation}`,
  );
}

test('an admin switches to cache mode, the import finishes, the pop answers from the copy and a Zoho rename arrives with the next look', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, USERS.acmeAdmin);
  await page.goto('/integrations');
  await page.getByRole('link', { name: 'Customer data of Zoho CRM' }).click();
  await expect(page.getByRole('heading', { name: 'Customer data', level: 1 })).toBeVisible();
  await expect(page.getByText('In force now: asking Zoho live.')).toBeVisible();

  // The smallest interval the product allows, so the change below arrives within a minute.
  await page.getByRole('combobox', { name: 'Mode' }).selectOption('cache');
  const interval = page.getByRole('spinbutton', { name: 'Look for changes every (minutes)' });
  await interval.fill('1');
  await page.getByRole('button', { name: 'Save', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved.')).toBeVisible();

  // The status refreshes by itself every 5 s: every module imported, no progress bar left. The table's
  // scrolling region is the inner of the two regions named Status.
  const status = page.getByRole('region', { name: 'Status', exact: true }).last();
  for (const module of ['Leads', 'Contacts', 'Accounts']) {
    const row = status.getByRole('row', { name: new RegExp(`^${module}`) });
    await expect(row.getByRole('cell').nth(1)).toHaveText('Done', { timeout: 120_000 });
  }
  await expect(status.getByRole('progressbar')).toHaveCount(0);
  const contactsRow = status.getByRole('row', { name: /^Contacts/ });
  await expect(contactsRow.getByRole('cell').first()).not.toHaveText('0');
  await expect(page.getByText('In force now: answering from the copy.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // An agent's screen pop for the number in another spelling: from the copy, with its "as of".
  const agent = await page.context().browser()!.newPage();
  await signIn(agent, USERS.alice);
  const before = await simLastSeq(agent);
  await openPanelForJanesNumber(agent, `e2e-cache-${Date.now()}`);
  await expect(agent.getByRole('heading', { name: 'Jane Roe', level: 3 })).toBeVisible({ timeout: 20_000 });
  await expect(agent.getByText(/^From the copy of Zoho CRM as of /)).toBeVisible();
  await expect(agent.getByRole('button', { name: 'Search Zoho now' })).toBeVisible();
  const searches = (await simApiRequests(agent, before)).filter((r) => /\/search|\/coql/.test(r.path));
  expect(searches).toEqual([]);

  // Another Zoho user renames her in Zoho; the copy learns it at the next look, not before.
  await renameInZoho(agent, orgId, janeId, 'Renamed');
  await expect(async () => {
    await openPanelForJanesNumber(agent, `e2e-cache-${Date.now()}`);
    await expect(agent.getByRole('heading', { name: 'Jane Renamed', level: 3 })).toBeVisible({
      timeout: 10_000,
    });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await expect(agent.getByText(/^From the copy of Zoho CRM as of /)).toBeVisible();
  await expect(contactsRow.getByRole('cell').nth(2)).not.toHaveText('—');
  await agent.close();
});
