import { expect, type Page, test } from '@playwright/test';
import { updateSettings, webChat } from '../../fixtures/settings-api.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { connectTenantToSim, simRecord } from '../agent-panel/sim.ts';

/** A signing secret exists once this returns (created, or rotated when an earlier spec made one). */
async function ensureSecret(page: Page): Promise<void> {
  const secretButton = page.getByRole('button', { name: /^(Create secret|Rotate secret)$/ });
  const rotating = (await secretButton.textContent())?.includes('Rotate') ?? false;
  await secretButton.click();
  if (rotating) await page.getByRole('dialog').getByRole('button', { name: 'Rotate now' }).click();
  await expect(page.getByRole('textbox', { name: 'New signing secret' })).toHaveValue(/.{20,}/);
  await page.getByRole('button', { name: 'I have stored it' }).click();
}

async function testEventTotal(page: Page): Promise<number> {
  const response = await page.request.get('/api/tenants/acme/activity?q=test-conv-&perPage=1');
  return ((await response.json()) as { total: number }).total;
}

test('a double-click sends one test conversation; its row says Test and its Lead is marked', async ({
  page,
}) => {
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  await updateSettings(page, 'acme', (settings) => {
    Object.assign(webChat(settings), { enabled: true, mode: 'automatic', visitorAs: 'Leads' });
  });
  await page.goto('/integrations/zoho-crm/activity');
  await expect(page.getByRole('heading', { name: 'Activity log', level: 1 })).toBeVisible();
  await ensureSecret(page);

  const before = await testEventTotal(page);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/tenants/acme/events/test'))
      posts.push(request.postData() ?? '');
  });
  await page.getByRole('combobox', { name: 'Sample event' }).selectOption('chat.ended');
  await page.getByRole('button', { name: 'Send test conversation' }).dblclick();
  const sent = page.getByRole('status').getByText(/Test event (test-[0-9a-f-]+) sent/);
  await expect(sent).toBeVisible();
  const eventId = /Test event (test-[0-9a-f-]+) sent/.exec((await sent.textContent()) ?? '')?.[1] ?? '';

  expect(posts).toHaveLength(1);
  expect(JSON.parse(posts[0] ?? '{}')).toMatchObject({ type: 'chat.ended', requestId: expect.any(String) });
  expect(await testEventTotal(page)).toBe(before + 1);

  const table = page.getByRole('table', { name: /Activity log, page/ });
  const row = table.getByRole('row').filter({ hasText: eventId.replace(/^test-/, 'test-conv-') });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toContainText('Test');
  await expect(row.getByText('Done')).toBeVisible({ timeout: 45_000 });
  await expect(row).toContainText(/Test visitor [0-9A-Z]{8}/);

  await row.getByRole('button', { name: `Details of event ${eventId}` }).click();
  await expect(page.getByText(/Test conversation: a synthetic visitor/)).toBeVisible();

  const href = (await row.getByRole('link').first().getAttribute('href')) ?? '';
  const [, module, id] = /\/tab\/(\w+)\/(\d+)$/.exec(href) ?? [];
  expect(module).toBe('Leads');
  const lead = await simRecord(page, module ?? '', id ?? '');
  expect(String(lead?.Last_Name)).toMatch(/^\[Test\] Test visitor /);
  expect(String(lead?.Email)).toMatch(/@example\.invalid$/);
});
