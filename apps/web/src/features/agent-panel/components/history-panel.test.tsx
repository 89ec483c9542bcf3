import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listHistory } from '@cxc/shared/api/agent-panel';
import { renderApp } from '@/testing/render-app';
import { stubPanel } from '../testing/panel-fixtures';

const historyBody = () =>
  listHistory.response.parse({
    entries: [
      {
        id: '7',
        at: '2026-11-20T09:30:00Z',
        conversationId: 'c-9',
        channel: 'web_chat',
        agentEmail: 'alice@acme.example',
        action: 'add_note',
        module: 'Notes',
        outcome: 'success',
        recordId: '900',
        recordName: 'Call back Monday',
        visitorPhone: '+14155550100',
        errorCode: null,
        url: 'https://crm.zoho.eu/crm/tab/Notes/900',
      },
    ],
    automation: [
      {
        id: '3f1c4c9e-1b7a-4a57-9c1e-2b0d7b1e0a11',
        eventId: 'evt-77',
        type: 'chat.ended',
        channel: 'web_chat',
        conversationId: 'c-9',
        status: 'done',
        skipReason: null,
        at: '2026-11-20T09:00:00Z',
        records: [
          {
            step: 1,
            module: 'Leads',
            role: 'person',
            action: 'created',
            recordId: '501',
            webUrl: 'https://crm.zoho.eu/crm/tab/Leads/501',
          },
          { step: 2, module: 'Notes', role: 'activity', action: 'updated', recordId: '502', webUrl: null },
        ],
      },
    ],
  });

describe('interaction history', () => {
  it("shows the conversation's automation events with the Zoho records they wrote", async () => {
    const stub = stubPanel({ 'GET /api/tenants/acme/agent-panel/history': { body: historyBody() } });
    renderApp({ url: '/agent/conversation?conversationId=c-9&phone=%2B14155550100' });

    const automation = await screen.findByRole('table', {
      name: 'Automation events for this conversation or visitor, newest first',
    });
    const [, row] = within(automation).getAllByRole('row');
    expect(within(row as HTMLElement).getByText('chat.ended')).toBeDefined();
    expect(within(row as HTMLElement).getByText('Done')).toBeDefined();
    expect(
      within(row as HTMLElement)
        .getByRole('link', { name: 'Leads created' })
        .getAttribute('href'),
    ).toBe('https://crm.zoho.eu/crm/tab/Leads/501');
    expect(within(row as HTMLElement).getByText('Notes updated').tagName).toBe('LI');
    expect(screen.getByRole('table', { name: 'Agent-panel actions, newest first' })).toBeDefined();

    const request = stub.requests.find((r) => r.url.includes('/history'));
    expect(new URL(request?.url ?? '').searchParams.get('conversationId')).toBe('c-9');
  });

  it('says nothing was recorded when neither agents nor automation did anything', async () => {
    stubPanel();
    renderApp({ url: '/agent/conversation?conversationId=c-10' });
    expect(await screen.findByText('No interactions recorded yet.')).toBeDefined();
    expect(screen.queryByRole('table', { name: /Automation events/ })).toBeNull();
  });
});
