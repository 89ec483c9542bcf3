import { expect, test } from '@playwright/test';
import { updateSettings, webChat } from '../../fixtures/settings-api.ts';
import { signIn } from '../../fixtures/sign-in.ts';
import { type DemoUser, USERS } from '../../fixtures/users.ts';
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

// Hostile data is seeded once through the API: a rule with an unbroken name (rules allow 100 characters),
// RTL and emoji rule names, a settings save whose audit entry lists many changed paths, and events whose
// visitor names, e-mails, ids and transcripts are a 144-character word, RTL text and emoji.
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await signIn(page, USERS.acmeAdmin);
  await connectTenantToSim(page, 'acme', 'zoho-admin@acme.example');
  await updateSettings(page, 'acme', (settings) => {
    const chat = webChat(settings);
    Object.assign(chat, { enabled: true, mode: 'automatic' });
    const rules = chat.rules as Record<string, unknown>[];
    rules[0] = { ...rules[0], name: LONG_WORD.slice(0, 100) };
    rules[1] = { ...rules[1], name: `${RTL_TEXT} ${EMOJI_TEXT}` };
    const mapping = chat.mapping as Record<string, { source: Record<string, unknown> }[]>;
    for (const rows of Object.values(mapping)) {
      for (const row of rows) {
        if (row.source.kind === 'template') row.source.template = `${LONG_WORD} {{visitor.name}}`;
      }
    }
  });
  await sendHostileEvents(page, 'acme');
  // Wait until the engine has finished with them, so failures show their error codes.
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

const search = new URLSearchParams({
  name: LONG_WORD,
  email: LONG_EMAIL,
  phone: '+1 212 555 0142',
  company: `${RTL_TEXT} ${EMOJI_TEXT}`,
  conversationId: `conv-${LONG_WORD}`,
  channel: 'web_chat',
});

const SETTINGS_TABS = ['web_chat', 'identification', 'owners', 'agent_panel', 'limits', 'test', 'history'];

const PAGES: { user: DemoUser; paths: string[] }[] = [
  {
    user: USERS.acmeAdmin,
    paths: [
      '/',
      '/integrations',
      '/integrations/zoho-crm',
      ...SETTINGS_TABS.map((tab) => `/integrations/zoho-crm/settings?tab=${tab}`),
      '/integrations/zoho-crm/activity',
      `/integrations/zoho-crm/activity?q=${LONG_WORD.slice(0, 40)}`,
      '/no-such-page',
    ],
  },
  { user: USERS.sysadmin, paths: ['/', '/hub', '/hub/zoho'] },
  {
    user: USERS.alice,
    paths: [
      '/',
      '/agent',
      `/agent/conversation?${search.toString()}`,
      // A known contact: its record card, related lists and history must fit a side panel too.
      `/agent/conversation?phone=4155550100&country=US&channel=calls&conversationId=${LONG_WORD}`,
    ],
  },
];

for (const width of [1280, 400]) {
  for (const { user, paths } of PAGES) {
    test(`at ${width} px nothing scrolls sideways for the ${user.role} (${user.email})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, user);
      for (const path of paths) {
        await page.goto(path);
        await settle(page);
        await expectNoSidewaysScroll(page, path);
        // Opened details (the activity log's, the agent panel's forms) must fit as well.
        const toggles = page.locator('summary, button[aria-expanded="false"]');
        const count = Math.min(await toggles.count(), 10);
        for (let i = 0; i < count; i += 1) {
          const toggle = toggles.nth(i);
          if (await toggle.isVisible()) await toggle.click();
        }
        await expectNoSidewaysScroll(page, `${path} (expanded)`);
      }
    });
  }
}
