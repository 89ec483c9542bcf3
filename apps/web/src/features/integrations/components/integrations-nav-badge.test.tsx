import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/testing/fetch-stub';
import { integrationsBody, meBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

describe('needs-reconnect badge on the nav', () => {
  it('marks App & Integrations from any page while Zoho CRM needs reconnecting', async () => {
    stubFetch({
      'GET /api/me': { body: meBody('tenant_admin') },
      'GET /api/tenants/acme/integrations': { body: integrationsBody('needs_reconnect') },
    });
    renderApp({ url: '/no/such/page' });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const link = await within(nav).findByRole('link', { name: 'App & Integrations (needs reconnecting)' });
    expect(link.querySelector('[title="needs reconnecting"]')).not.toBeNull();
  });

  it('shows no mark while connected, and the card offers Manage', async () => {
    stubFetch({
      'GET /api/me': { body: meBody('tenant_admin') },
      'GET /api/tenants/acme/integrations': { body: integrationsBody('connected') },
    });
    renderApp({ url: '/integrations' });

    const card = await screen.findByRole('article', { name: 'Zoho CRM' });
    expect(within(card).getByRole('link', { name: 'Manage Zoho CRM' }).getAttribute('href')).toBe(
      '/integrations/zoho-crm',
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link').textContent).toBe('App & Integrations');
  });
});
