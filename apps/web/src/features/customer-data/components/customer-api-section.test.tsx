import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerApiKey } from '@cxc/shared/api/customer-api';
import type { CustomerDataView } from '@cxc/shared/api/customer-data';
import { renderApp } from '@/testing/render-app';
import { connectionBody } from '@/testing/zoho-fixtures';
import { requestsTo, stubZohoPage } from '@/testing/zoho-page';

const KEYS = 'GET /api/tenants/acme/customer-data/api-keys';
const CREATE = 'POST /api/tenants/acme/customer-data/api-keys';
const REVOKE = 'POST /api/tenants/acme/customer-data/api-keys/7d0f8a52-3c1e-4b6a-9f2d-5e8c1a4b7f00/revoke';

const view: CustomerDataView = {
  settings: { mode: 'cache', modules: ['Contacts'], intervalMinutes: 5 },
  effectiveMode: 'cache',
  push: 'off',
  modules: [],
  estimate: { creditsPerDay: 576, dailyLimit: 50_000, tenantBudget: null, importCredits: 2 },
};
const key: CustomerApiKey = {
  id: '7d0f8a52-3c1e-4b6a-9f2d-5e8c1a4b7f00',
  name: 'Nightly import',
  prefix: 'cxk_AbCdEfGh',
  createdAt: '2026-12-07T08:00:00.000Z',
  createdBy: 'admin@acme.example',
  lastUsedAt: null,
  revokedAt: null,
};

function stubPage() {
  let keys: CustomerApiKey[] = [];
  return stubZohoPage(connectionBody(), () => ({
    'GET /api/tenants/acme/customer-data': { body: view },
    [KEYS]: () => ({ body: { keys } }),
    [CREATE]: () => {
      keys = [key];
      return { body: { key, secret: 'cxk_AbCdEfGh_shown_once' } };
    },
    [REVOKE]: () => {
      keys = [{ ...key, revokedAt: '2026-12-07T09:00:00.000Z' }];
      return { body: keys[0] };
    },
  }));
}

describe('Settings → Customer data → customer list for the platform', () => {
  it('creates a named key, shows it once, and revokes it after a confirmation', async () => {
    const user = userEvent.setup();
    const { stub, bodyOf } = stubPage();
    renderApp({ url: '/integrations/zoho-crm/customer-data' });
    expect(await screen.findByText('No API keys yet.')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Create API key' }));
    // An empty name never leaves the browser: the field says what is wrong.
    expect((await screen.findByLabelText('Name')).getAttribute('aria-invalid')).toBe('true');
    expect(requestsTo(stub, CREATE)).toHaveLength(0);

    await user.type(screen.getByLabelText('Name'), 'Nightly import');
    await user.click(screen.getByRole('button', { name: 'Create API key' }));
    const secret = await screen.findByRole('region', { name: 'New API key' });
    expect(within(secret).getByDisplayValue('cxk_AbCdEfGh_shown_once')).toBeDefined();
    expect(await bodyOf(CREATE)).toEqual({ name: 'Nightly import' });
    const table = await screen.findByRole('region', { name: 'API keys' });
    expect(within(table).getByText('Nightly import')).toBeDefined();
    expect(within(table).getByText('cxk_AbCdEfGh…')).toBeDefined();
    expect(within(table).getByText('Never')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByDisplayValue('cxk_AbCdEfGh_shown_once')).toBeNull();

    await user.click(within(table).getByRole('button', { name: 'Revoke' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke the key "Nightly import"?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText(/^Revoked /)).toBeDefined();
    expect(requestsTo(stub, REVOKE)).toHaveLength(1);
  });
});
