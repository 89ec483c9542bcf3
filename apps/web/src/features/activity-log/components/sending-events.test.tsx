import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rotateSigningSecret, sendTestConversation } from '@cxc/shared/api/events';
import { renderApp } from '@/testing/render-app';
import { doneEvent, SECRET, secretBody, stubActivityPage } from '../testing/activity-fixtures';

const URL_ = '/integrations/zoho-crm/activity';
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
    expect(await post?.clone().json()).toEqual({ type: 'call.ended' });
    await waitFor(() => expect(listCalls().length).toBeGreaterThan(before));
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
