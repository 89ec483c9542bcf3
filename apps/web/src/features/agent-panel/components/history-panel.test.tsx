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
        error: null,
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
      {
        id: '3f1c4c9e-1b7a-4a57-9c1e-2b0d7b1e0a12',
        eventId: 'evt-76',
        type: 'chat.started',
        channel: 'web_chat',
        conversationId: 'c-9',
        status: 'skipped',
        skipReason: 'no_rule_matched',
        error: null,
        at: '2026-11-20T08:59:00Z',
        records: [],
      },
      {
        id: '3f1c4c9e-1b7a-4a57-9c1e-2b0d7b1e0a13',
        eventId: 'evt-75',
        type: 'offline_message.received',
        channel: 'web_chat',
        conversationId: 'c-9',
        status: 'failed',
        skipReason: null,
        error: {
          code: 'MANDATORY_NOT_FOUND',
          message: 'required field not found: Last_Name',
          module: 'Leads',
          field: 'Last_Name',
          step: 1,
        },
        at: '2026-11-20T08:58:00Z',
        records: [],
      },
    ],
  });

const rowsOf = async (name: string) => {
  const table = await screen.findByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row));
};

describe('interaction history', () => {
  it("shows the conversation's automation events with the Zoho records they wrote", async () => {
    const stub = stubPanel({ 'GET /api/tenants/acme/agent-panel/history': { body: historyBody() } });
    renderApp({ url: '/agent/conversation?conversationId=c-9&phone=%2B14155550100' });

    const automation = await screen.findByRole('table', {
      name: 'Automation events for this conversation or visitor, newest first',
    });
    const [, row] = within(automation).getAllByRole('row');
    expect(within(row as HTMLElement).getByText('Chat ended')).toBeDefined();
    expect(within(row as HTMLElement).queryByText('chat.ended')).toBeNull();
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

  it('explains in plain words why an event was skipped or failed', async () => {
    stubPanel({ 'GET /api/tenants/acme/agent-panel/history': { body: historyBody() } });
    renderApp({ url: '/agent/conversation?conversationId=c-9' });

    const [done, skipped, failed] = await rowsOf(
      'Automation events for this conversation or visitor, newest first',
    );
    expect(done?.queryByText(/No rule matched|Zoho’s answer/)).toBeNull();
    expect(skipped?.getByText('Chat started')).toBeDefined();
    expect(skipped?.getByText('Skipped')).toBeDefined();
    expect(skipped?.getByText('No rule matched this event.')).toBeDefined();
    expect(failed?.getByText('Offline message received')).toBeDefined();
    expect(failed?.getByText('Failed')).toBeDefined();
    expect(
      failed?.getByText('A field Zoho requires was empty. Map a value to it in the settings.'),
    ).toBeDefined();
    expect(failed?.getByText('Zoho’s answer: required field not found: Last_Name')).toBeDefined();
  });

  it('shows event types and reasons in the chosen language', async () => {
    stubPanel({ 'GET /api/tenants/acme/agent-panel/history': { body: historyBody() } });
    renderApp({ url: '/agent/conversation?conversationId=c-9', language: 'de' });

    const [done, skipped] = await rowsOf(
      'Automatisierungsereignisse zu dieser Unterhaltung oder diesem Besucher, neueste zuerst',
    );
    expect(done?.getByText('Chat beendet')).toBeDefined();
    expect(skipped?.getByText('Keine Regel traf auf dieses Ereignis zu.')).toBeDefined();
  });

  it('says nothing was recorded when neither agents nor automation did anything', async () => {
    stubPanel();
    renderApp({ url: '/agent/conversation?conversationId=c-10' });
    expect(await screen.findByText('No interactions recorded yet.')).toBeDefined();
    expect(screen.queryByRole('table', { name: /Automation events/ })).toBeNull();
  });
});
