import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rotateSigningSecret, sendTestConversation } from '@cxc/shared/api/events';
import { renderApp } from '@/testing/render-app';
import { doneEvent, SECRET, secretBody, stubActivityPage } from '../testing/activity-fixtures';

const URL_ = '/integrations/zoho-crm/activity';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TEST_PATH = '/api/tenants/acme/events/test';
const SECRET_VALUE = 'whsec_test_only_value_0123456789';
const rotated = (overrides: { previousValidUntil?: string | null } = {}) =>
  rotateSigningSecret.response.parse({
    configured: true,
    createdAt: '2026-11-21T09:00:00.000Z',
    previousValidUntil: null,
    secret: SECRET_VALUE,
    ...overrides,
  });

describe('sending events', () => {
  it('creates the first secret and shows it once, until dismissed', async () => {
    const stub = stubActivityPage([], { [`POST ${SECRET}`]: { body: rotated() } });
    const user = userEvent.setup();
    renderApp({ url: URL_ });

    expect(
      await screen.findByText('No signing secret yet. The platform needs one to sign its events.'),
    ).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Create secret' }));

    const field = await screen.findByRole('textbox', { name: 'New signing secret' });
    expect((field as HTMLInputElement).value).toBe(SECRET_VALUE);
    expect(field.hasAttribute('readonly')).toBe(true);
    expect(screen.getByText(/it will not be shown again/)).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'New signing secret' }));
    expect(screen.getByRole('button', { name: 'Copy New signing secret' })).toBeDefined();
    expect(screen.getByText('A signing secret is set.')).toBeDefined();
    expect(stub.requests.filter((r) => r.method === 'POST')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByRole('textbox', { name: 'New signing secret' })).toBeNull();
    expect(screen.queryByText(SECRET_VALUE)).toBeNull();
    expect(screen.getByRole('button', { name: 'Rotate secret' })).toBeDefined();
  });

  it('rotates only after a confirmation that explains the overlap', async () => {
    const stub = stubActivityPage([], {
      [`GET ${SECRET}`]: { body: secretBody({ configured: true, createdAt: '2026-11-01T09:00:00.000Z' }) },
      [`POST ${SECRET}`]: { body: rotated({ previousValidUntil: '2026-11-22T09:00:00.000Z' }) },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate the signing secret?' });
    expect(dialog.textContent).toContain('stays valid for 24 hours');
    expect(stub.requests.some((r) => r.method === 'POST')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Rotate now' }));

    expect(await screen.findByRole('textbox', { name: 'New signing secret' })).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('region', { name: 'New signing secret' })),
    );
    expect(screen.getByText(/The previous secret is still accepted until/)).toBeDefined();
    expect(stub.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([
      SECRET,
    ]);
  });

  it('sends a test conversation of the chosen type and refreshes the log', async () => {
    const stub = stubActivityPage([doneEvent()], {
      'POST /api/tenants/acme/events/test': {
        body: sendTestConversation.response.parse({
          eventId: 'test-42',
          conversationId: 'c-42',
          channel: 'calls',
          repeated: false,
        }),
      },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await screen.findByRole('table');
    const listCalls = () =>
      stub.requests.filter((r) => new URL(r.url).pathname === '/api/tenants/acme/activity');
    const before = listCalls().length;

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sample event' }), 'Call ended');
    await user.click(screen.getByRole('button', { name: 'Send test conversation' }));

    expect(await screen.findByText(/Test event test-42 sent \(Calls\)/)).toBeDefined();
    const post = stub.requests.find((r) => r.method === 'POST');
    const body = (await post?.clone().json()) as { type: string; requestId: string };
    expect(Object.keys(body).sort()).toEqual(['requestId', 'type']);
    expect(body.type).toBe('call.ended');
    expect(body.requestId).toMatch(UUID);
    await waitFor(() => expect(listCalls().length).toBeGreaterThan(before));
  });

  it('sends one event for a double-click: the button is disabled while pending, one request id per click', async () => {
    let answer: (value: { body: unknown }) => void = () => {};
    const sent = (repeated: boolean) => ({
      body: sendTestConversation.response.parse({
        eventId: 'test-7',
        conversationId: 'c-7',
        channel: 'web_chat',
        repeated,
      }),
    });
    const stub = stubActivityPage([doneEvent()], {
      [`POST ${TEST_PATH}`]: () => new Promise((resolve) => (answer = resolve)),
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await screen.findByRole('table');
    const posts = () => stub.requests.filter((r) => r.method === 'POST');

    const button = screen.getByRole('button', { name: 'Send test conversation' });
    await user.dblClick(button);
    await user.click(button);
    const pending = screen.getByRole('button', { name: 'Sending…' });
    expect(pending.getAttribute('aria-disabled')).toBe('true');
    expect(posts()).toHaveLength(1);
    answer(sent(false));
    expect(await screen.findByText(/Test event test-7 sent/)).toBeDefined();

    // The next click is a new send with a new request id.
    const idOf = async (r: Request) => ((await r.clone().json()) as { requestId: string }).requestId;
    const firstId = await idOf(posts()[0] as Request);
    stub.requests.length = 0;
    await user.click(screen.getByRole('button', { name: 'Send test conversation' }));
    answer(sent(true));
    expect(await screen.findByText(/This click was already sent: test event test-7/)).toBeDefined();
    expect(posts()).toHaveLength(1);
    expect(await idOf(posts()[0] as Request)).not.toBe(firstId);
  });

  it('keeps the request id when a send fails, so trying again cannot send twice', async () => {
    let fail = true;
    const stub = stubActivityPage([], {
      [`POST ${TEST_PATH}`]: () =>
        fail
          ? { status: 502, body: { error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down', issues: [] } } }
          : {
              body: sendTestConversation.response.parse({
                eventId: 'test-8',
                conversationId: 'c-8',
                channel: 'web_chat',
                repeated: true,
              }),
            },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: 'Send test conversation' }));
    expect(await screen.findByText(/The test event could not be sent/)).toBeDefined();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Send test conversation' }));
    expect(await screen.findByText(/already sent: test event test-8/)).toBeDefined();
    const ids = await Promise.all(
      stub.requests
        .filter((r) => r.method === 'POST')
        .map(async (r) => ((await r.clone().json()) as { requestId: string }).requestId),
    );
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
  });

  it('tells the platform developer where and how to send events', async () => {
    stubActivityPage([]);
    renderApp({ url: URL_ });

    const guide = (await screen.findByRole('heading', { name: 'How to send events' }))
      .parentElement as HTMLElement;
    expect(guide.textContent).toContain(`POST ${window.location.origin}/api/events`);
    expect(guide.textContent).toContain('x-cxc-signature');
    expect(guide.textContent).toContain('x-cxc-timestamp');
    expect(guide.textContent).toContain('acme');
    expect(
      within(guide)
        .getByRole('link', { name: /OpenAPI/ })
        .getAttribute('href'),
    ).toBe('/api/openapi.json');
  });
});
