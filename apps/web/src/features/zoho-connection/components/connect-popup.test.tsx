import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectOutcomeMessage } from '@cxc/shared/api/zoho-connection';
import { renderApp } from '@/testing/render-app';
import { connectedBody, connectionBody, dcOption } from '@/testing/zoho-fixtures';
import { stubZohoPage } from '@/testing/zoho-page';

const AUTHORIZE = 'POST /api/tenants/acme/zoho/authorize';
const CONSENT_URL = 'https://accounts.zoho.com/oauth/v2/auth?client_id=1000.X&state=s1';

const savedConfig = connectionBody({
  config: {
    kind: 'system',
    dataCenter: dcOption('eu'),
    clientId: null,
    secretSet: false,
    accountsUrl: dcOption('eu').accountsUrl,
    apiUrl: dcOption('eu').apiUrl,
    selfClient: false,
  },
});

/** What window.open hands back: a same-origin blank window whose address the console then sets. */
function fakePopup() {
  return { closed: false, location: { href: 'about:blank' }, close: vi.fn(), focus: vi.fn() };
}

function post(message: unknown, origin = window.location.origin) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data: message, origin }));
  });
}

const connected: ConnectOutcomeMessage = { type: 'cxc:zoho-connect', outcome: 'connected', error: null };

describe('Connect with Zoho', () => {
  it('opens the popup in the click, then sends it to Zoho’s consent page', async () => {
    const popup = fakePopup();
    const open = vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const { bodyOf } = stubZohoPage(savedConfig, () => ({
      [AUTHORIZE]: { body: { authorizeUrl: CONSENT_URL } },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });

    await user.click(await screen.findByRole('button', { name: 'Connect with Zoho' }));

    expect(open).toHaveBeenCalledWith('about:blank', 'cxc-zoho-connect', 'popup,width=600,height=720');
    expect(await bodyOf(AUTHORIZE)).toEqual({ mode: 'popup' });
    await waitFor(() => expect(popup.location.href).toBe(CONSENT_URL));
    expect(screen.getByText('Waiting for Zoho: finish signing in in the Zoho window.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Show the Zoho window' }));
    expect(popup.focus).toHaveBeenCalled();
  });

  it('believes only a well-formed message from its own origin, then shows the connection without a reload', async () => {
    const popup = fakePopup();
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const { server } = stubZohoPage(savedConfig, () => ({
      [AUTHORIZE]: { body: { authorizeUrl: CONSENT_URL } },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });
    await user.click(await screen.findByRole('button', { name: 'Connect with Zoho' }));
    await waitFor(() => expect(popup.location.href).toBe(CONSENT_URL));
    server.connection = connectedBody();

    post(connected, 'https://evil.example');
    post({ type: 'cxc:zoho-connect', outcome: 'pwned' });
    post('cxc:zoho-connect');
    expect(screen.queryByText('Zoho CRM is connected.')).toBeNull();

    post(connected);

    const notice = await screen.findByText('Zoho CRM is connected.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(await screen.findByRole('article', { name: 'Acme Zoho Org' })).toBeDefined();
    expect(document.activeElement).toBe(notice.closest('.notice'));
    expect(screen.queryByText(/Waiting for Zoho/)).toBeNull();
  });

  it('explains an error posted by the callback, with what to do', async () => {
    const popup = fakePopup();
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    stubZohoPage(savedConfig, () => ({ [AUTHORIZE]: { body: { authorizeUrl: CONSENT_URL } } }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });
    await user.click(await screen.findByRole('button', { name: 'Connect with Zoho' }));

    post({
      type: 'cxc:zoho-connect',
      outcome: 'error',
      error: { code: 'invalid_client', message: 'invalid_client', params: { location: 'in' } },
    });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Zoho CRM could not be connected.');
    expect(alert.textContent).toContain('the data center of your Zoho account (India)');
    expect(alert.textContent).toContain('enable “Multi DC” for this data center (India)');
    expect(alert.textContent).toContain(
      'Your Zoho account is in the India data center, not in Europe as chosen.',
    );
  });

  it('notices the popup closed without an outcome and says nothing changed', async () => {
    const popup = fakePopup();
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    stubZohoPage(savedConfig, () => ({ [AUTHORIZE]: { body: { authorizeUrl: CONSENT_URL } } }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });
    await user.click(await screen.findByRole('button', { name: 'Connect with Zoho' }));
    await waitFor(() => expect(popup.location.href).toBe(CONSENT_URL));

    popup.closed = true;
    fireEvent.focus(window);

    expect(
      await screen.findByText(
        'The Zoho window was closed before the connection was finished. Nothing was changed.',
      ),
    ).toBeDefined();
    expect(screen.getByRole('button', { name: 'Connect with Zoho' })).toBeDefined();
  });

  it('treats a closed popup as success when the connection changed meanwhile (the message was lost)', async () => {
    const popup = fakePopup();
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const { server } = stubZohoPage(savedConfig, () => ({
      [AUTHORIZE]: { body: { authorizeUrl: CONSENT_URL } },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });
    await user.click(await screen.findByRole('button', { name: 'Connect with Zoho' }));
    await waitFor(() => expect(popup.location.href).toBe(CONSENT_URL));

    server.connection = connectedBody();
    popup.closed = true;
    fireEvent.focus(window);

    expect(await screen.findByText('Zoho CRM is connected.')).toBeDefined();
  });

  it('falls back to a full-page redirect when the popup is blocked', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    const { bodyOf } = stubZohoPage(savedConfig, () => ({
      [AUTHORIZE]: { body: { authorizeUrl: CONSENT_URL } },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });

    await user.click(await screen.findByRole('button', { name: 'Connect with Zoho' }));

    await waitFor(() => expect(assign).toHaveBeenCalledWith(CONSENT_URL));
    expect(await bodyOf(AUTHORIZE)).toEqual({ mode: 'redirect' });
  });

  it('closes the popup and explains when our API refuses to start', async () => {
    const popup = fakePopup();
    vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    stubZohoPage(savedConfig, () => ({
      [AUTHORIZE]: {
        status: 502,
        body: { error: { code: 'UPSTREAM_UNAVAILABLE', message: 'x', issues: [], correlationId: 'c-auth' } },
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });

    await user.click(await screen.findByRole('button', { name: 'Connect with Zoho' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Connecting could not start.');
    expect(alert.textContent).toContain('c-auth');
    expect(popup.close).toHaveBeenCalled();
  });
  it('explains Zoho’s reason when our API refuses to start (e.g. no system client for the DC)', async () => {
    vi.spyOn(window, 'open').mockReturnValue(fakePopup() as unknown as Window);
    stubZohoPage(savedConfig, () => ({
      [AUTHORIZE]: {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'no client',
            issues: [{ path: ['dataCenterId'], message: 'no client', code: 'dc_not_configured' }],
          },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });

    await user.click(await screen.findByRole('button', { name: 'Connect with Zoho' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The platform has no Zoho client for this data center (Europe).');
    expect(alert.textContent).toContain('Choose Custom configuration with a client of your own');
  });
});
