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
