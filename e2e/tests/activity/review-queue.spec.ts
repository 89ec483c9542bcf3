import { createHmac } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { SAMPLE_EVENTS } from '@cxc/shared/domain/sample-events';
import { expectNoSeriousA11yViolations } from '../../fixtures/axe.ts';
import { updateSettings, webChat } from '../../fixtures/settings-api.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { USERS } from '../../fixtures/users.ts';
import { connectTenantToSim, simDelete, simInsert } from '../agent-panel/sim.ts';

type Json = Record<string, unknown>;

// Several Contacts share one e-mail and the Contacts policy is "ask": the event waits in the review
// queue on the Activity page until the admin picks, with the keyboard, one person or "create new".
const stamp = Date.now().toString(36);
const email = `twins-${stamp}@example.com`;
const visitorName = `Review Visitor ${stamp}`;
let saved: Json | undefined;
const madeContacts: string[] = [];

/** Creates (or rotates to) a new signing secret in the console and returns it, as an admin copies it. */
async function newSigningSecret(page: Page): Promise<string> {
  const secretButton = page.getByRole('button', { name: /^(Create secret|Rotate secret)$/ });
  const rotating = (await secretButton.textContent())?.includes('Rotate') ?? false;
  await secretButton.click();
  if (rotating) await page.getByRole('dialog').getByRole('button', { name: 'Rotate now' }).click();
  const box = page.getByRole('textbox', { name: 'New signing secret' });
  await expect(box).toHaveValue(/.{20,}/);
  const secret = await box.inputValue();
  await page.getByRole('button', { name: 'I have stored it' }).click();
  return secret;
}

/** POSTs one chat from the shared e-mail, signed as the platform signs (v1 = HMAC of "ts." + body). */
async function sendSignedChat(page: Page, secret: string, conversationId: string): Promise<string> {
  const sample = SAMPLE_EVENTS['chat.ended'];
  const event = {
    ...sample,
    id: `evt-${conversationId}`,
    agent: undefined,
    occurredAt: new Date().toISOString(),
    conversation: { ...sample.conversation, id: conversationId, attachments: [] },
    visitor: { name: visitorName, email },
  };
  const body = JSON.stringify(event);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  const response = await page.request.post('/api/events', {
    headers: {
      'content-type': 'application/json',
      'x-cxc-tenant': 'acme',
      'x-cxc-timestamp': timestamp,
      'x-cxc-signature': `v1=${mac}`,
    },
    data: body,
  });
  expect(response.status(), await response.text()).toBe(202);
  return event.id;
}

/** Waits until the engine has held the event for a decision (skipped, needs_review). */
async function waitUntilHeld(page: Page, conversationId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const answer = await page.request.get(`/api/tenants/acme/activity?q=${conversationId}`);
        const { events } = (await answer.json()) as { events: { status: string; skipReason: string }[] };
        return events[0] ? `${events[0].status}:${events[0].skipReason}` : 'none';
      },
      { timeout: 45_000 },
    )
    .toBe('skipped:needs_review');
}

/** The held event's item in the review queue: a form named by who matched. */
const reviewOf = (page: Page) => page.getByRole('form', { name: new RegExp(`match ${visitorName}`) });

/** Picks an option with the keyboard only: focus it, Space selects it, Tab leaves the group, Enter submits. */
async function chooseByKeyboard(page: Page, option: RegExp): Promise<void> {
  const review = reviewOf(page);
  await review.getByRole('radio', { name: option }).focus();
  await page.keyboard.press('Space');
  await expect(review.getByRole('radio', { name: option })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(review.getByRole('button', { name: 'Use this choice' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** The activity row of one conversation, once its held event has continued and is done. */
async function doneRow(page: Page, conversationId: string) {
  const table = page.getByRole('table', { name: /Activity log, page/ });
  const row = table.getByRole('row').filter({ hasText: conversationId });
  await expect(row.getByText('Done')).toBeVisible({ timeout: 45_000 });
  return row;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  await updateSettings(page, 'acme', (settings) => {
    saved = structuredClone(settings);
    Object.assign(webChat(settings), { enabled: true, mode: 'automatic', visitorAs: 'Contacts' });
    const identification = settings.identification as Json;
    identification.searchOrder = ['Contacts', 'Leads'];
    identification.multipleMatchesByModule = { Contacts: 'ask' };
  });
  madeContacts.push(
    ...(await simInsert(page, 'Contacts', [
      { First_Name: 'Twin', Last_Name: `One ${stamp}`, Email: email },
      { First_Name: 'Twin', Last_Name: `Two ${stamp}`, Email: email },
    ])),
  );
});

test.afterEach(async ({ page }) => {
  // Shared state back as it was: the tenant's settings, and no Contact this spec made in the org.
  const before = saved;
  if (before) await updateSettings(page, 'acme', (settings) => Object.assign(settings, before));
  await simDelete(page, 'Contacts', madeContacts.splice(0));
});

test('a held event continues with the person the admin picks, or with a new one', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/integrations/zoho-crm/activity');
  await expect(page.getByRole('heading', { name: 'Activity log', level: 1 })).toBeVisible({
    timeout: 20_000,
  });
  const secret = await newSigningSecret(page);

  // One person picked: the event is written to Twin Two, and the activity names her.
  const picked = `conv-review-pick-${stamp}`;
  const pickedEvent = await sendSignedChat(page, secret, picked);
  await waitUntilHeld(page, picked);
  await page.reload();
  await expect(reviewOf(page)).toBeVisible();
  await expect(reviewOf(page).getByRole('radio')).toHaveCount(3);
  await expectNoSeriousA11yViolations(page);
  await chooseByKeyboard(page, new RegExp(`Twin Two ${stamp}`));
  await expect(page.getByText('No event is waiting for a decision.')).toBeVisible();
  const row = await doneRow(page, picked);
  await row.getByRole('button', { name: `Details of event ${pickedEvent}` }).click();
  const who = page.getByText(/by a choice in the review queue/);
  await expect(who).toContainText(`Found the Contact Twin Two ${stamp}`);
  await expect(who.getByTitle(/^\d+$/)).toHaveText(new RegExp(`^Twin Two ${stamp}`));

  // None of them: a new Contact is created for the visitor, by name.
  const created = `conv-review-new-${stamp}`;
  await sendSignedChat(page, secret, created);
  await waitUntilHeld(page, created);
  await page.reload();
  await chooseByKeyboard(page, /None of them: create a new record in Contacts/);
  await expect(page.getByText('No event is waiting for a decision.')).toBeVisible();
  const newRow = await doneRow(page, created);
  const newContact = newRow.getByRole('link', { name: new RegExp(`Created Contact “${visitorName}”`) });
  await expect(newContact).toBeVisible();
  madeContacts.push(/\/(\d+)$/.exec((await newContact.getAttribute('href')) ?? '')?.[1] ?? '');

  // Both decisions are listed, with who made them.
  await page.getByRole('button', { name: 'Decided' }).click();
  await expect(page.getByText(new RegExp(`${visitorName}: Twin Two ${stamp}, chosen by`))).toBeVisible();
});
