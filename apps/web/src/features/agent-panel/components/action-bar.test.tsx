import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { runAction } from '@cxc/shared/api/agent-panel';
import { renderApp } from '@/testing/render-app';
import { leadFormBody, screenPopBody, stubPanel } from '../testing/panel-fixtures';

const URL_ =
  '/agent/conversation?name=Vera+Visitor&email=vera%40example.org&conversationId=c-9&channel=web_chat';

describe('panel actions', () => {
  it('creates a lead from the prefilled form and shows it with a link', async () => {
    stubPanel({
      'GET /api/tenants/acme/agent-panel/screen-pop': {
        body: screenPopBody({ outcome: 'not_found', matches: [] }),
      },
      'GET /api/tenants/acme/agent-panel/forms/create_lead': { body: leadFormBody() },
      'POST /api/tenants/acme/agent-panel/actions/create_lead': {
        body: runAction.response.parse({
          record: {
            module: 'Leads',
            id: '8001',
            role: 'person',
            source: 'agent',
            name: 'Visitor',
            url: 'https://crm.zoho.com/crm/tab/Leads/8001',
            createdAt: '2026-11-21T10:00:00.000Z',
          },
        }),
      },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: 'Create lead' }));
    expect(await screen.findByText('Owner: Alex Agent', { exact: false })).toBeTruthy();
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Lead Source' }).value).toBe('Chat');
    await user.click(screen.getByRole('button', { name: 'Save to Zoho CRM' }));

    const status = await screen.findByText('Lead created: Visitor', { exact: false });
    expect(within(status).getByRole('link', { name: 'Open in Zoho' }).getAttribute('href')).toBe(
      'https://crm.zoho.com/crm/tab/Leads/8001',
    );
  });

  it('checks mandatory fields before sending', async () => {
    const stub = stubPanel({
      'GET /api/tenants/acme/agent-panel/forms/create_lead': { body: leadFormBody() },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: 'Create lead' }));
    await user.clear(await screen.findByRole('textbox', { name: 'Last Name (required)' }));
    await user.click(screen.getByRole('button', { name: 'Save to Zoho CRM' }));
    expect(await screen.findAllByText('This field is required.', { exact: false })).not.toHaveLength(0);
    expect(stub.requests.some((r) => r.method === 'POST')).toBe(false);
  });
});
