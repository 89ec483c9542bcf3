import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CustomerDataView } from '@cxc/shared/api/customer-data';
import { type CustomerWebhook, NO_CUSTOMER_WEBHOOK } from '@cxc/shared/api/customer-webhook';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { renderApp } from '@/testing/render-app';
import { connectionBody } from '@/testing/zoho-fixtures';
import { requestsTo, stubZohoPage } from '@/testing/zoho-page';

const HOOK = '/api/tenants/acme/customer-data/webhook';
const SAVE = `PUT ${HOOK}`;
const TEST = `POST ${HOOK}/test`;
const ROTATE = `POST ${HOOK}/rotate-secret`;

const view: CustomerDataView = {
  settings: { mode: 'cache', modules: ['Contacts'], intervalMinutes: 5 },
  effectiveMode: 'cache',
  push: 'off',
  modules: [],
  estimate: { creditsPerDay: 576, dailyLimit: 50_000, tenantBudget: null, importCredits: 2 },
};
const saved: CustomerWebhook = {
  configured: true,
  url: 'https://platform.example/hooks/customers',
  enabled: true,
  createdAt: '2026-12-07T08:00:00.000Z',
  secretRotatedAt: '2026-12-07T08:00:00.000Z',
  last: { status: 'retrying', at: '2026-12-07T09:00:00.000Z', problem: { kind: 'http', status: 500 } },
  pending: { changed: 3, deleted: 1, attempts: 1, nextAttemptAt: '2026-12-07T09:01:00.000Z' },
};

function stubPage() {
  let hook = NO_CUSTOMER_WEBHOOK;
  let saves = 0;
  return stubZohoPage(connectionBody(), () => ({
    'GET /api/tenants/acme/customer-data': { body: view },
    'GET /api/tenants/acme/customer-data/api-keys': { body: { keys: [] } },
    [`GET ${HOOK}`]: () => ({ body: hook }),
    [SAVE]: () => {
      saves += 1;
      // The first attempt is refused the way a production BFF refuses plain http.
      if (saves === 1)
        return {
          status: 400,
          body: apiErrorSchema.parse({
            error: {
              code: 'VALIDATION_FAILED',
              message: 'The webhook URL cannot be used.',
              issues: [{ path: ['url'], message: 'must be an https URL', code: 'https_required' }],
              correlationId: 'c-400',
            },
          }),
        };
      hook = saved;
      return { body: { ...saved, secret: 'whsec_shown_once' } };
    },
    // Answered after a while, as a real receiver is: a second click lands while the first is on its way.
    [TEST]: () =>
      new Promise((resolve) =>
        setTimeout(
          () => resolve({ body: { delivered: false, status: 500, problem: { kind: 'http', status: 500 } } }),
          300,
        ),
      ),
    [ROTATE]: { body: { ...saved, secret: 'whsec_rotated_once' } },
  }));
}

describe('Settings → Customer data → customers changed webhook', () => {
  it('refuses plain http on the field, saves, shows the secret once, the last failure and the test result in words', async () => {
    const user = userEvent.setup();
    const { stub, bodyOf } = stubPage();
    renderApp({ url: '/integrations/zoho-crm/customer-data' });
    expect(await screen.findByText('No webhook is set up.')).toBeDefined();
    const url = screen.getByLabelText('Webhook URL');

    await user.click(screen.getByRole('button', { name: 'Save webhook' }));
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(requestsTo(stub, SAVE)).toHaveLength(0);

    await user.type(url, 'http://platform.example/hooks/customers');
    await user.click(screen.getByRole('button', { name: 'Save webhook' }));
    expect(await screen.findByText('Use an https address.')).toBeDefined();
    expect(url.getAttribute('aria-invalid')).toBe('true');

    await user.clear(url);
    await user.type(url, 'https://platform.example/hooks/customers');
    await user.click(screen.getByRole('button', { name: 'Save webhook' }));
    const secret = await screen.findByRole('region', { name: 'Webhook signing secret' });
    expect(within(secret).getByDisplayValue('whsec_shown_once')).toBeDefined();
    expect(await bodyOf(SAVE, 1)).toEqual({ url: 'https://platform.example/hooks/customers', enabled: true });
    expect(screen.getByText(/The last attempt failed .*: the receiver answered HTTP 500\./)).toBeDefined();
    expect(screen.getByText(/Waiting to be sent: 3 changed, 1 deleted/)).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByDisplayValue('whsec_shown_once')).toBeNull();

    // A double click sends one test.
    await user.dblClick(screen.getByRole('button', { name: 'Send test' }));
    expect(
      await screen.findByText('The test message was not delivered: the receiver answered HTTP 500.'),
    ).toBeDefined();
    expect(requestsTo(stub, TEST)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Generate a new secret' }));
    const dialog = await screen.findByRole('dialog', { name: 'Generate a new signing secret?' });
    await user.click(within(dialog).getByRole('button', { name: 'Generate a new secret' }));
    expect(await screen.findByDisplayValue('whsec_rotated_once')).toBeDefined();
    expect(requestsTo(stub, ROTATE)).toHaveLength(1);
  });
});
