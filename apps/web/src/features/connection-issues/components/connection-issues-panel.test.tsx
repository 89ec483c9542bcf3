import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { connectionBody } from '@/testing/zoho-fixtures';
import { requestsTo, stubZohoPage } from '@/testing/zoho-page';

const ISSUES = 'GET /api/tenants/acme/issues';
const WEBHOOK = 'PUT /api/tenants/acme/issues/webhook';

const issue = (overrides: Record<string, unknown>) => ({
  id: '7d0f8a52-3c1e-4b6a-9f2d-5e8c1a4b7f00',
  kind: 'repeated_failures',
  code: 'INVALID_DATA',
  details: { failures: 6, message: 'Last_Name is too long' },
  openedAt: '2026-12-07T08:00:00.000Z',
  lastSeenAt: '2026-12-07T08:10:00.000Z',
  closedAt: null,
  ...overrides,
});

describe('connection health', () => {
  it('says the last error in the admin’s language when the server sent its key', async () => {
    const detail = {
      key: 'invalid_value',
      params: { module: 'Leads', field: 'Email', zohoMessage: 'invalid data' },
    };
    stubZohoPage(connectionBody(), () => ({
      [ISSUES]: {
        body: {
          open: [issue({ details: { failures: 6, message: 'English from the server', detail } })],
          recentlyClosed: [],
        },
      },
    }));
    renderApp({ url: '/integrations/zoho-crm', language: 'ja' });
    await waitFor(() =>
      expect(document.body.textContent).toContain(
        'Zoho が 見込み客 の Email の値を拒否しました: invalid data',
      ),
    );
    expect(document.body.textContent).not.toContain('English from the server');
  });

  it('shows each open issue with since-when and what to do, and the resolved ones below', async () => {
    stubZohoPage(connectionBody(), () => ({
      [ISSUES]: {
        body: {
          open: [
            issue({}),
            issue({
              id: '7d0f8a52-3c1e-4b6a-9f2d-5e8c1a4b7f01',
              kind: 'credit_budget_reached',
              code: null,
              details: { used: 5200, budget: 5000 },
            }),
          ],
          recentlyClosed: [
            issue({
              id: '7d0f8a52-3c1e-4b6a-9f2d-5e8c1a4b7f02',
              kind: 'needs_reconnect',
              code: null,
              details: {},
              closedAt: '2026-12-07T07:00:00.000Z',
            }),
          ],
        },
      },
    }));
    renderApp({ url: '/integrations/zoho-crm' });

    const list = await screen.findByRole('list', { name: 'Connection health' });
    const [failures, budget] = within(list).getAllByRole('listitem');
    expect(failures?.textContent).toContain('Events keep failing: INVALID_DATA');
    expect(failures?.textContent).toContain('6 events failed');
    expect(failures?.textContent).toContain('Last_Name is too long');
    expect(failures?.textContent).toContain('Open since');
    expect(failures?.textContent).toContain('retry the failed events');
    expect(budget?.textContent).toContain('5200 of 5000 Zoho credits');
    expect(screen.getByRole('heading', { name: 'Recently resolved' })).toBeDefined();
    expect(screen.getByText('The connection needs reconnecting')).toBeDefined();
  });

  it('says the connection is healthy when nothing is open', async () => {
    stubZohoPage(connectionBody());
    renderApp({ url: '/integrations/zoho-crm' });
    expect(await screen.findByText('No open issues: the connection is healthy.')).toBeDefined();
  });

  it('saves the webhook, shows the secret once, and explains the SSRF refusal on the field', async () => {
    let calls = 0;
    const { stub } = stubZohoPage(connectionBody(), () => ({
      [WEBHOOK]: () => {
        calls += 1;
        return calls === 1
          ? {
              status: 400,
              body: {
                error: {
                  code: 'VALIDATION_FAILED',
                  message: 'The webhook URL cannot be used.',
                  correlationId: 'c1',
                  issues: [{ path: ['url'], message: 'private', code: 'private_host' }],
                },
              },
            }
          : {
              body: {
                configured: true,
                url: 'https://hooks.example.com/cx',
                createdAt: '2026-12-07T08:00:00.000Z',
                secret: 'whsec_shown_once',
              },
            };
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });

    const field = await screen.findByLabelText('Webhook URL');
    await user.type(field, 'http://10.0.0.1/hook');
    await user.click(screen.getByRole('button', { name: 'Save webhook' }));
    expect(await screen.findByText(/private or local/)).toBeDefined();

    await user.clear(field);
    await user.type(field, 'https://hooks.example.com/cx');
    await user.click(screen.getByRole('button', { name: 'Save webhook' }));
    expect(await screen.findByDisplayValue('whsec_shown_once')).toBeDefined();
    expect(await requestsTo(stub, WEBHOOK)[1]?.clone().json()).toEqual({
      url: 'https://hooks.example.com/cx',
    });
    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByDisplayValue('whsec_shown_once')).toBeNull();
  });
});
