import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { renderApp } from '@/testing/render-app';
import { stubPanel } from '../testing/panel-fixtures';

const URL_ = '/agent/conversation?phone=4155550100&conversationId=c-9&channel=calls';

/** The BFF's answer when the tenant's Zoho connection is in the given state. */
const zohoDown = (status: number, code: 'CONFLICT' | 'UPSTREAM_UNAVAILABLE', reason: string) => ({
  status,
  body: apiErrorSchema.parse({
    error: {
      code,
      message: 'English words from the server',
      issues: [{ path: [], code: reason, message: 'English words from the server' }],
      correlationId: 'c-1',
    },
  }),
});

describe('agent panel: a Zoho connection problem in the agent’s language', () => {
  it('says the connection must be renewed, in Russian, not the server’s English', async () => {
    stubPanel({
      'GET /api/tenants/acme/agent-panel/screen-pop': zohoDown(409, 'CONFLICT', 'needs_reconnect'),
    });
    renderApp({ url: URL_, language: 'ru' });
    const alert = await screen.findByText(/Подключение к Zoho CRM нужно обновить/);
    expect(document.body.textContent).not.toContain('English words from the server');
    expect(within(alert.closest('[role="alert"]')!).getByText(/Администратор/)).toBeTruthy();
  });

  it('says Zoho could not be reached', async () => {
    stubPanel({
      'GET /api/tenants/acme/agent-panel/screen-pop': zohoDown(
        502,
        'UPSTREAM_UNAVAILABLE',
        'zoho_unreachable',
      ),
    });
    renderApp({ url: URL_ });
    expect(
      await screen.findByText('Zoho CRM could not be reached. Please try again in a moment.'),
    ).toBeTruthy();
  });
});

describe('agent panel: the server’s other refusals in the agent’s language', () => {
  it('says in German that the module’s fields could not be read, not the server’s English', async () => {
    stubPanel({
      'GET /api/tenants/acme/agent-panel/screen-pop': {
        status: 502,
        body: apiErrorSchema.parse({
          error: {
            code: 'UPSTREAM_UNAVAILABLE',
            message: 'English words from the server',
            issues: [
              {
                path: [],
                code: 'fields_unreadable',
                params: { module: 'Leads' },
                message: 'English words from the server',
              },
            ],
          },
        }),
      },
    });
    renderApp({ url: URL_, language: 'de' });
    expect(
      await screen.findByText(
        'Die Felder von Leads konnten nicht aus Zoho CRM gelesen werden. Versuchen Sie es erneut.',
      ),
    ).toBeTruthy();
    expect(document.body.textContent).not.toContain('English words from the server');
  });
});
