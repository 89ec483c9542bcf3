import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SystemClient } from '@cxc/shared/api/system';
import { descriptionOf } from '@/testing/a11y';
import { stubFetch } from '@/testing/fetch-stub';
import { meBody, tenantsBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { REDIRECT_URL, systemClientsBody } from '@/testing/zoho-fixtures';

function stubSystem(initial = systemClientsBody({ eu: { clientId: '1000.EU', enabled: true } })) {
  const state = { clients: initial };
  const stub = stubFetch({
    'GET /api/me': { body: meBody('system_admin') },
    'GET /api/system/tenants': { body: tenantsBody() },
    'GET /api/system/zoho/clients': () => ({ body: state.clients }),
    'PUT /api/system/zoho/clients/eu': async (request) => {
      const body = (await request.clone().json()) as {
        clientId: string;
        enabled: boolean;
        clientSecret?: string;
      };
      const current = state.clients.clients.find((client) => client.dataCenter.id === 'eu') as SystemClient;
      return {
        body: {
          ...current,
          clientId: body.clientId,
          enabled: body.enabled,
          secretSet: true,
          updatedAt: '2026-05-05T10:00:00.000Z',
        },
      };
    },
    'PUT /api/system/zoho/clients/us': {
      status: 400,
      body: {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'bad',
          issues: [{ path: ['clientId'], message: 'Zoho does not know this client ID', code: 'custom' }],
        },
      },
    },
  });
  return { stub, state };
}

async function bodiesOf(requests: Request[]) {
  return Promise.all(requests.map((request) => request.clone().json() as Promise<unknown>));
}

describe('Zoho system configuration', () => {
  it('is linked from the Connector Hub card, which lists the data centers tenants can use', async () => {
    stubSystem();
    const user = userEvent.setup();
    renderApp({ url: '/hub' });

    const card = await screen.findByRole('article', { name: 'Zoho CRM' });
    expect(within(card).getByText('Set up')).toBeDefined();
    expect(card.textContent).toContain('Tenants can connect with the system configuration in: Europe.');
    await user.click(within(card).getByRole('link', { name: 'Configure Zoho CRM' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Zoho CRM system configuration' }),
    ).toBeDefined();
    expect(window.location.pathname).toBe('/hub/zoho');
  });

  it('shows each data center, the simulator’s clearly labelled, and the redirect URL with copy', async () => {
    stubSystem();
    renderApp({ url: '/hub/zoho' });

    const forms = await screen.findAllByRole('form');
    expect(
      forms.map(
        (form) => form.getAttribute('aria-labelledby') && within(form).getByRole('heading').textContent,
      ),
    ).toEqual([
      'United States',
      'Europe',
      'India',
      'Australia',
      'Japan',
      'China',
      'Canada',
      'Saudi Arabia',
      'Simulator — United States',
    ]);
    expect(screen.getByRole('heading', { name: 'Zoho simulator (local development)' })).toBeDefined();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Authorized Redirect URL' }).value).toBe(
      REDIRECT_URL,
    );
    expect(screen.getByRole('button', { name: 'Copy Authorized Redirect URL' })).toBeDefined();
  });

  it('keeps the secret write-only: empty with a "stored" hint, sent only when typed', async () => {
    const { stub } = stubSystem();
    const user = userEvent.setup();
    renderApp({ url: '/hub/zoho' });
    const europe = await screen.findByRole('form', { name: 'Europe' });

    const secret = within(europe).getByLabelText<HTMLInputElement>('Client Secret');
    expect(secret.value).toBe('');
    expect(secret.type).toBe('password');
    expect(descriptionOf(secret)).toContain('A client secret is stored.');
    expect(within(europe).getByText('Enabled')).toBeDefined();

    await user.click(within(europe).getByRole('button', { name: 'Save' }));
    await within(europe).findByText('Saved.');
    await user.type(secret, '  new-secret ');
    await user.click(within(europe).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(stub.requests.filter((request) => request.method === 'PUT')).toHaveLength(2));
    const puts = stub.requests.filter((request) => request.method === 'PUT');
    expect(await bodiesOf(puts)).toEqual([
      { clientId: '1000.EU', enabled: true },
      { clientId: '1000.EU', enabled: true, clientSecret: 'new-secret' },
    ]);
    await waitFor(() => expect(secret.value).toBe(''));
  });

  it('requires a secret the first time, and shows server issues on the field', async () => {
    const { stub } = stubSystem();
    const user = userEvent.setup();
    renderApp({ url: '/hub/zoho' });
    const us = await screen.findByRole('form', { name: 'United States' });
    expect(within(us).getByText('Not set up')).toBeDefined();

    await user.type(within(us).getByRole('textbox', { name: 'Client ID' }), '1000.US');
    await user.click(within(us).getByRole('button', { name: 'Save' }));
    const secret = within(us).getByLabelText('Client Secret');
    expect(secret.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(secret)).toContain('Enter the Client Secret: none is stored yet.');
    expect(stub.requests.filter((request) => request.method === 'PUT')).toHaveLength(0);

    await user.type(secret, 'first-secret');
    await user.click(within(us).getByRole('checkbox', { name: 'Offer to tenants' }));
    await user.click(within(us).getByRole('button', { name: 'Save' }));

    const clientId = within(us).getByRole('textbox', { name: 'Client ID' });
    await waitFor(() => expect(clientId.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(clientId)).toContain('Zoho does not know this client ID');
    expect((secret as HTMLInputElement).value).toBe('first-secret');
    expect(within(us).getByRole('alert').textContent).toContain('Client ID');
  });
});
