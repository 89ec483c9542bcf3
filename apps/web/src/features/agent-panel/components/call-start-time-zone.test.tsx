import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getActionForm, runAction } from '@cxc/shared/api/agent-panel';
import { descriptionOf } from '@/testing/a11y';
import { meBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { stubPanel } from '../testing/panel-fixtures';

const URL_ =
  '/agent/conversation?name=Jane+Roe&email=jane.roe%40example.com&conversationId=c-9&channel=calls';

const callForm = (value: string) =>
  getActionForm.response.parse({
    module: 'Calls',
    fields: [
      {
        apiName: 'Call_Start_Time',
        label: 'Call Start Time',
        dataType: 'datetime',
        mandatory: true,
        length: null,
        picklist: [],
        value,
      },
    ],
    owner: { id: '9001', name: 'Alex Agent', source: 'email_match' },
    parent: null,
    needsParent: false,
  });

const created = runAction.response.parse({
  record: {
    module: 'Calls',
    id: '8101',
    role: 'activity',
    source: 'agent',
    name: 'Call',
    url: 'https://crm.zoho.com/crm/tab/Calls/8101',
    createdAt: '2026-11-20T10:05:00.000Z',
  },
});

describe('agent form: a call’s start in the tenant’s time zone', () => {
  it('pre-fills New York’s wall-clock time and sends the same instant back', async () => {
    const stub = stubPanel({
      'GET /api/me': { body: { ...meBody('agent'), timeZone: 'America/New_York' } },
      'GET /api/tenants/acme/agent-panel/forms/log_call': { body: callForm('2026-11-20T10:00:00+00:00') },
      'POST /api/tenants/acme/agent-panel/actions/log_call': { body: created },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: 'Log call' }));
    const start = await screen.findByLabelText<HTMLInputElement>(/Call Start Time/);
    expect(start.type).toBe('datetime-local');
    expect(start.value).toBe('2026-11-20T05:00');
    expect(descriptionOf(start)).toContain('Time in Eastern Time');
    await user.click(screen.getByRole('button', { name: 'Save to Zoho CRM' }));
    await screen.findByRole('link', { name: 'Open in Zoho' });
    const post = stub.requests.find((r) => r.method === 'POST');
    const body = (await post!.clone().json()) as { values: Record<string, string> };
    expect(body.values.Call_Start_Time).toBe('2026-11-20T10:00:00.000Z');
  });

  it('leaves an empty start empty (Zoho’s mandatory check says so, not a made-up time)', async () => {
    stubPanel({
      'GET /api/me': { body: { ...meBody('agent'), timeZone: 'America/New_York' } },
      'GET /api/tenants/acme/agent-panel/forms/log_call': { body: callForm('') },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: 'Log call' }));
    const start = await screen.findByLabelText<HTMLInputElement>(/Call Start Time/);
    expect(start.value).toBe('');
  });

  it('pre-fills Tokyo’s wall-clock time, says so in Japanese, and sends the same instant back', async () => {
    const stub = stubPanel({
      'GET /api/me': { body: { ...meBody('agent'), timeZone: 'Asia/Tokyo' } },
      'GET /api/tenants/acme/agent-panel/forms/log_call': { body: callForm('2026-11-20T10:00:00+00:00') },
      'POST /api/tenants/acme/agent-panel/actions/log_call': { body: created },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_, language: 'ja' });
    await user.click(await screen.findByRole('button', { name: '通話を記録' }));
    const start = await screen.findByLabelText<HTMLInputElement>(/Call Start Time/);
    expect(start.value).toBe('2026-11-20T19:00');
    expect(descriptionOf(start)).toContain('日本標準時の時刻');
    await user.clear(start);
    await user.type(start, '2026-11-21T09:30');
    await user.click(screen.getByRole('button', { name: 'Zoho CRM に保存' }));
    await waitFor(() => expect(stub.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = stub.requests.find((r) => r.method === 'POST');
    const body = (await post!.clone().json()) as { values: Record<string, string> };
    expect(body.values.Call_Start_Time).toBe('2026-11-21T00:30:00.000Z');
  });
});
