import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '@cxc/shared/domain/roles';
import { stubFetch } from '@/testing/fetch-stub';
import { integrationsBody, meBody, tenantsBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { systemClientsBody } from '@/testing/zoho-fixtures';

function stubSession(role: Role) {
  return stubFetch({
    'GET /api/me': { body: meBody(role) },
    'GET /api/system/tenants': { body: tenantsBody() },
    'GET /api/system/zoho/clients': { body: systemClientsBody() },
    'GET /api/tenants/acme/integrations': { body: integrationsBody('not_connected') },
  });
}

async function navLinks() {
  const nav = await screen.findByRole('navigation', { name: 'Main' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => ({
      name: link.textContent,
      href: link.getAttribute('href'),
      current: link.getAttribute('aria-current'),
    }));
}

describe('navigation by role', () => {
  it('system administrator: starts on Connector Hub with the Zoho connector and the tenants table', async () => {
    stubSession('system_admin');
    renderApp({ url: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Connector Hub' })).toBeDefined();
    expect(await navLinks()).toEqual([{ name: 'Connector Hub', href: '/hub', current: 'page' }]);
    expect(window.location.pathname).toBe('/hub');
    expect(document.title).toBe('Connector Hub · CX Connector');

    const connector = await screen.findByRole('article', { name: 'Zoho CRM' });
    expect(within(connector).getByText('Not set up')).toBeDefined();
    expect(within(connector).getByRole('link', { name: 'Configure Zoho CRM' }).getAttribute('href')).toBe(
      '/hub/zoho',
    );
    const table = await screen.findByRole('table', { name: 'Tenants on this platform' });
    expect(within(table).getByRole('rowheader', { name: 'Acme Corp' })).toBeDefined();
    expect(within(table).getByRole('rowheader', { name: 'Globex' })).toBeDefined();
    expect(screen.getByText('Platform administration')).toBeDefined();
    // The redirect from / did not move focus: the first Tab reaches the skip link.
    await userEvent.setup().tab();
    expect(document.activeElement?.textContent).toBe('Skip to main content');
  });

  it('tenant administrator: starts on App & Integrations with the Zoho CRM card not connected', async () => {
    stubSession('tenant_admin');
    renderApp({ url: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'App & Integrations' })).toBeDefined();
    expect(await navLinks()).toEqual([
      { name: 'App & Integrations', href: '/integrations', current: 'page' },
    ]);
    const card = await screen.findByRole('article', { name: 'Zoho CRM' });
    expect(within(card).getByText('Not connected')).toBeDefined();
    expect(within(card).queryByRole('button')).toBeNull();
    expect(within(card).getByRole('link', { name: 'Set up Zoho CRM' }).getAttribute('href')).toBe(
      '/integrations/zoho-crm',
    );
    expect(within(screen.getByRole('banner')).getByText('Acme Corp')).toBeDefined();
  });

  it('agent: starts on the agent panel, which explains how it opens', async () => {
    stubSession('agent');
    renderApp({ url: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Agent panel' })).toBeDefined();
    expect(await navLinks()).toEqual([{ name: 'Agent panel', href: '/agent', current: 'page' }]);
    expect(screen.getByText(/opens for a conversation from the contact-center console/)).toBeDefined();
  });

  it.each([
    ['agent', '/hub'],
    ['agent', '/integrations'],
    ['tenant_admin', '/hub'],
    ['tenant_admin', '/agent'],
    ['system_admin', '/integrations'],
  ] as const)('%s typing %s sees "not available for your role"', async (role, url) => {
    const stub = stubSession(role);
    renderApp({ url });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available for your role' }),
    ).toBeDefined();
    expect(document.title).toBe('Not available for your role · CX Connector');
    // Only /api/me (and a tenant admin's own integrations, for the nav badge): never the other role's data.
    const own = role === 'tenant_admin' ? ['/api/tenants/acme/integrations'] : [];
    await waitFor(() =>
      expect(stub.requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/me', ...own]),
    );
    const nav = await navLinks();
    expect(nav).toHaveLength(1);
    expect(nav[0]?.href).not.toBe(url);
  });

  it('shows a 404 page for an unknown route, inside the shell', async () => {
    stubSession('tenant_admin');
    renderApp({ url: '/no/such/page' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeDefined();
    expect(document.title).toBe('Page not found · CX Connector');
    expect(screen.getByRole('link', { name: 'Go to your start page' }).getAttribute('href')).toBe(
      '/integrations',
    );
    expect(screen.getByRole('main')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeDefined();
  });

  it('keyboard: the skip link jumps to main, and an in-app navigation moves focus to the new page', async () => {
    stubSession('agent');
    const user = userEvent.setup();
    renderApp({ url: '/hub' });
    await screen.findByRole('heading', { level: 1, name: 'Not available for your role' });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(document.activeElement).toBe(skip);
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('main'));

    await user.click(screen.getByRole('link', { name: 'Go to your start page' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Agent panel' })).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.pathname).toBe('/agent');
  });
});
