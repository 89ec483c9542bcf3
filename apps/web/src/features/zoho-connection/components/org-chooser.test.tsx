import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { ACME_ORG, connectedBody, connectionBody, orgsBody } from '@/testing/zoho-fixtures';
import { stubZohoPage } from '@/testing/zoho-page';

const SANDBOX = { id: '700002', name: 'Acme Sandbox', edition: 'Sandbox', dc: 'eu', timeZone: null } as const;
const CHOOSE = 'POST /api/tenants/acme/zoho/org';

describe('choosing the Zoho CRM organization', () => {
  it('lists every org as a radio with edition, DC and ID, and sends the chosen one', async () => {
    const { bodyOf } = stubZohoPage(connectionBody({ status: 'choose_org' }), (server) => ({
      'GET /api/tenants/acme/zoho/orgs': { body: orgsBody([ACME_ORG, SANDBOX]) },
      [CHOOSE]: () => {
        server.connection = connectedBody();
        return { body: server.connection };
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });

    const group = await screen.findByRole('group', { name: 'Zoho CRM organization' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => (radio as HTMLInputElement).checked)).toEqual([false, false]);
    expect(within(group).getByText('Sandbox edition · Europe · ID 700002')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Use this organization' }));
    expect(screen.getByRole('alert').textContent).toContain('Choose one of the options.');

    await user.click(within(group).getByRole('radio', { name: 'Acme Sandbox' }));
    await user.click(screen.getByRole('button', { name: 'Use this organization' }));

    expect(await screen.findByRole('article', { name: 'Acme Zoho Org' })).toBeDefined();
    expect(await bodyOf(CHOOSE)).toEqual({ orgId: '700002' });
  });

  it('preselects the only org', async () => {
    stubZohoPage(connectionBody({ status: 'choose_org' }), () => ({
      'GET /api/tenants/acme/zoho/orgs': { body: orgsBody([ACME_ORG]) },
    }));
    renderApp({ url: '/integrations/zoho-crm' });

    const radio = await screen.findByRole('radio', { name: 'Acme Zoho Org' });
    expect((radio as HTMLInputElement).checked).toBe(true);
    // One org is not "several".
    expect(screen.queryByText(/several organizations/)).toBeNull();
    expect(screen.getByText(/access to one organization/)).toBeDefined();
  });

  it('says “several” only when there are several', async () => {
    stubZohoPage(connectionBody({ status: 'choose_org' }), () => ({
      'GET /api/tenants/acme/zoho/orgs': { body: orgsBody([ACME_ORG, SANDBOX]) },
    }));
    renderApp({ url: '/integrations/zoho-crm' });
    expect(await screen.findByText(/several organizations/)).toBeDefined();
  });

  it('drops the “choose the organization” notice once it is chosen', async () => {
    stubZohoPage(connectionBody({ status: 'choose_org' }), (server) => ({
      'GET /api/tenants/acme/zoho/orgs': { body: orgsBody([ACME_ORG]) },
      [CHOOSE]: () => {
        server.connection = connectedBody();
        return { body: server.connection };
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm?connect=choose_org' });
    expect(await screen.findByText(/Choose the Zoho CRM organization to connect below/)).toBeDefined();
    await user.click(await screen.findByRole('button', { name: 'Use this organization' }));
    expect(await screen.findByRole('article', { name: 'Acme Zoho Org' })).toBeDefined();
    expect(screen.queryByText(/Choose the Zoho CRM organization to connect below/)).toBeNull();
  });
});
