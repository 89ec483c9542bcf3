import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { renderApp } from '@/testing/render-app';
import { leadFormBody, screenPopBody, stubPanel } from '../testing/panel-fixtures';

const URL_ = '/agent/conversation?phone=4155550100&name=Jane+Roe&conversationId=c-1&channel=calls&country=US';

function postFrom(origin: string, data: unknown) {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { origin, data }));
  });
}

describe('agent panel', () => {
  it('shows the matched contact with a dial link, its open cases and an Open in Zoho link', async () => {
    const stub = stubPanel();
    renderApp({ url: URL_ });
    const card = (await screen.findByRole('heading', { name: 'Jane Roe', level: 3 })).closest('article');
    if (!card) throw new Error('no record card');
    const dial = within(card).getByRole('link', { name: 'Call +1 (415) 555-0100' });
    expect(dial.getAttribute('href')).toBe('tel:%2B14155550100');
    expect(within(card).getByText('Invoice shows wrong amount')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Open Jane Roe in Zoho CRM' }).getAttribute('href')).toBe(
      'https://crm.zoho.com/crm/tab/Contacts/5001',
    );
    const request = stub.requests.find((r) => r.url.includes('/screen-pop'));
    expect(new URL(request?.url ?? '').searchParams.get('phone')).toBe('4155550100');
  });

  it('says plainly when nobody matches', async () => {
    stubPanel({
      'GET /api/tenants/acme/agent-panel/screen-pop': {
        body: screenPopBody({ outcome: 'not_found', matches: [] }),
      },
    });
    renderApp({ url: URL_ });
    expect(
      await screen.findByText('No Lead, Contact or Account in Zoho CRM matches this visitor.'),
    ).toBeTruthy();
  });

  it('puts Zoho’s error on its field and keeps what the agent typed', async () => {
    const error = apiErrorSchema.parse({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Zoho CRM did not accept the record. Check the marked fields.',
        issues: [
          { path: ['values', 'Email'], code: 'INVALID_DATA', message: 'Zoho CRM did not accept this value.' },
        ],
        correlationId: 'c-400',
      },
    });
    const stub = stubPanel({
      'GET /api/tenants/acme/agent-panel/forms/create_lead': { body: leadFormBody() },
      'POST /api/tenants/acme/agent-panel/actions/create_lead': { status: 400, body: error },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: 'Create lead' }));
    const email = await screen.findByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'vera@example');
    await user.click(screen.getByRole('button', { name: 'Save to Zoho CRM' }));

    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Zoho CRM did not accept this value.').length).toBeGreaterThan(0);
    expect((email as HTMLInputElement).value).toBe('vera@example');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Last Name (required)' }).value).toBe(
      'Visitor',
    );
    const sent = stub.requests.find((r) => r.method === 'POST');
    expect(await sent?.json()).toMatchObject({
      context: { phone: '4155550100', conversationId: 'c-1', channel: 'calls' },
      values: { Last_Name: 'Visitor', Email: 'vera@example', Lead_Source: 'Chat' },
    });
  });

  it('follows cxc:conversation messages from allowed origins only', async () => {
    const stub = stubPanel();
    renderApp({ url: URL_ });
    await screen.findByRole('heading', { name: 'Jane Roe', level: 3 });

    postFrom('https://evil.example', { type: 'cxc:conversation', data: { phone: '+4930111' } });
    postFrom('https://console.example', {
      type: 'cxc:conversation',
      data: { phone: '+49 30 1234567', name: 'Klaus Becker' },
    });

    await waitFor(() => expect(screen.getByText('Klaus Becker')).toBeTruthy());
    const phones = stub.requests
      .filter((r) => r.url.includes('/screen-pop'))
      .map((r) => new URL(r.url).searchParams.get('phone'));
    expect(phones).toContain('+49 30 1234567');
    expect(phones).not.toContain('+4930111');
    expect(window.location.search).toContain('name=Klaus+Becker');
  });
});
