import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/testing/fetch-stub';
import { meBody, tenantsBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { systemClientsBody } from '@/testing/zoho-fixtures';

function stubSystem() {
  stubFetch({
    'GET /api/me': { body: meBody('system_admin') },
    'GET /api/system/tenants': { body: tenantsBody() },
    'GET /api/system/zoho/clients': {
      body: systemClientsBody({
        us: {
          clientId: '1000.US',
          enabled: true,
          usage: {
            lastConnectedAt: '2026-05-03T09:00:00.000Z',
            lastFailedAt: '2026-05-04T09:00:00.000Z',
            lastFailure: { code: 'access_denied', message: 'x', params: {} },
          },
        },
        eu: { clientId: '1000.MADEUP', enabled: true },
      }),
    },
  });
}

describe('system clients: used by tenants or not', () => {
  it('says a client no tenant ever connected with was never used, and when one last worked and failed', async () => {
    stubSystem();
    renderApp({ url: '/hub/zoho' });

    const eu = await screen.findByRole('form', { name: 'Europe' });
    expect(within(eu).getByRole('group', { name: 'Use by tenants' }).textContent).toContain(
      'No tenant has connected with this client yet.',
    );
    const us = screen.getByRole('form', { name: 'United States' });
    const usage = within(us).getByRole('group', { name: 'Use by tenants' }).textContent ?? '';
    expect(usage).toContain('Last connected a tenant: May 3, 2026');
    expect(usage).toContain('Last failed: May 4, 2026');
    expect(usage).toContain('Consent was denied in Zoho');
    expect(within(screen.getByRole('form', { name: 'India' })).getByText('No client saved.')).toBeDefined();
  });

  it('in Russian', async () => {
    stubSystem();
    renderApp({ url: '/hub/zoho', language: 'ru' });
    expect(await screen.findAllByText('Ни один арендатор ещё не подключился с этим клиентом.')).toHaveLength(
      1,
    );
  });
});
