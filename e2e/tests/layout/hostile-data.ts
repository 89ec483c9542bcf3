/// <reference lib="dom" />
import { createHmac, randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';

/** One unbroken 144-character word: no space, hyphen or other break opportunity. */
export const LONG_WORD = `Wolfeschlegelsteinhausenbergerdorff${'x'.repeat(109)}`;
export const LONG_EMAIL = `${'very.long.local.part.without.breaks'.repeat(3)}@${'subdomain'.repeat(8)}.example.com`;
export const RTL_TEXT = 'محادثة منتهية مع الزائر';
export const EMOJI_TEXT = '🙂🚀📞 Ünïcödé 👩🏽‍💻';

async function csrf(page: Page): Promise<Record<string, string>> {
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  return { 'x-csrf-token': me.csrfToken, origin: new URL(page.url()).origin };
}

/**
 * Posts `chat.ended` events the way the contact-center platform does (signed with a freshly rotated
 * secret), each with hostile visitor data, so the activity log has them to show.
 */
export async function sendHostileEvents(page: Page, tenantId: string): Promise<void> {
  const rotated = await page.request.post(`/api/tenants/${tenantId}/events/signing-secret`, {
    headers: await csrf(page),
  });
  expect(rotated.status(), await rotated.text()).toBe(200);
  const { secret } = (await rotated.json()) as { secret: string };
  const visitors = [
    { name: LONG_WORD, email: LONG_EMAIL },
    { name: RTL_TEXT, email: 'rtl@example.com' },
    { name: EMOJI_TEXT, email: 'emoji@example.com' },
  ];
  for (const visitor of visitors) {
    const id = `evt-${LONG_WORD.slice(0, 60)}-${randomUUID()}`;
    const body = JSON.stringify({
      id,
      type: 'chat.ended',
      occurredAt: new Date().toISOString(),
      conversation: {
        id: `conv-${LONG_WORD.slice(0, 80)}-${randomUUID()}`,
        channel: 'web_chat',
        startedAt: new Date(Date.now() - 60_000).toISOString(),
        transcript: [
          {
            from: 'visitor',
            at: new Date().toISOString(),
            authorName: visitor.name,
            text: `${LONG_WORD} ${RTL_TEXT} ${EMOJI_TEXT}`,
          },
        ],
      },
      visitor,
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    const response = await page.request.post('/api/events', {
      headers: {
        'content-type': 'application/json',
        'x-cxc-tenant': tenantId,
        'x-cxc-timestamp': timestamp,
        'x-cxc-signature': `v1=${signature}`,
      },
      data: body,
    });
    expect(response.status(), await response.text()).toBe(202);
  }
}

/**
 * Passes when the page does not scroll sideways; otherwise fails naming the elements that stick out
 * past the viewport (deepest first), which is where the CSS fix belongs.
 */
export async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 0.5;
    const describe = (element: Element) => {
      const classes = typeof element.className === 'string' ? element.className.trim().split(/\s+/) : [];
      const name = [element.tagName.toLowerCase(), ...classes.filter(Boolean)].join('.');
      const text = (element.textContent ?? '').trim().slice(0, 40);
      return `${name} (${Math.round(element.getBoundingClientRect().width)}px) "${text}"`;
    };
    // Content inside its own scrolling box does not move the page.
    const scrolledAway = (element: Element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible' && !sticksOut(parent)) return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')].filter((e) => sticksOut(e) && !scrolledAway(e));
    // Where the page first grows (its parent still fits) and the innermost content that makes it grow.
    const outermost = wide.filter((element) => !element.parentElement || !sticksOut(element.parentElement));
    // Blocks only stretch to their parent; what forces the width is inline, replaced or table content.
    const stretched = (element: Element) =>
      ['block', 'grid', 'flex', 'list-item'].includes(getComputedStyle(element).display);
    const innermost = wide.filter((element) => ![...element.children].some(sticksOut) || !stretched(element));
    // Text that runs out of a box that itself fits (a long word in a visible-overflow box).
    const spilling = [...document.body.querySelectorAll('*')].filter((element) => {
      if (scrolledAway(element) || getComputedStyle(element).overflowX !== 'visible') return false;
      const box = element.getBoundingClientRect();
      return box.left + element.scrollWidth > width + 0.5 && element.scrollWidth > element.clientWidth + 1;
    });
    const widest = (list: Element[]) =>
      [...list].sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width);
    // Narrow down by hiding: the deepest element whose removal alone stops the sideways scroll.
    const culprit: string[] = [];
    let current: Element = document.body;
    for (let depth = 0; depth < 40; depth += 1) {
      const next = [...current.children].find((child) => {
        const element = child as HTMLElement;
        const before = element.style.display;
        element.style.display = 'none';
        const fits = document.documentElement.scrollWidth <= width;
        element.style.display = before;
        return fits;
      });
      if (!next) break;
      culprit.push(describe(next));
      current = next;
    }
    return {
      culprit: culprit.slice(-3),
      scrollWidth: document.documentElement.scrollWidth,
      width,
      outermost: outermost.slice(0, 6).map(describe),
      innermost: widest(innermost.filter((e) => !stretched(e)))
        .slice(0, 6)
        .map(describe),
      spilling: spilling
        .filter((e) => ![...e.children].some((c) => spilling.includes(c)))
        .slice(0, 6)
        .map(describe),
    };
  });
  expect.soft(overflow, `${label}: ${JSON.stringify(overflow, null, 1)}`).toBeNull();
}

/** Waits for the screen's content (not the loading spinner) before measuring it. */
export async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  // Fields, users and lookups from Zoho arrive after the page: measure what the admin finally sees.
  await expect(page.getByText(/^(Loading|Looking up)/)).toHaveCount(0, { timeout: 20_000 });
}
