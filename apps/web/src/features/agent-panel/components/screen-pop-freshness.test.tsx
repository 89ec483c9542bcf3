import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { screenPopBody, stubPanel } from '../testing/panel-fixtures';

const URL_ = '/agent/conversation?phone=4155550100&name=Jane+Roe&conversationId=c-1&channel=calls&country=US';
const POP = 'GET /api/tenants/acme/agent-panel/screen-pop';

describe('screen pop from the copy of Zoho (cache mode)', () => {
  it('says as of when, and "Search Zoho now" asks Zoho once for this conversation', async () => {
    const stub = stubPanel({
      [POP]: (request: Request) => ({
        body: new URL(request.url).searchParams.get('source')
          ? screenPopBody({ answeredFrom: 'zoho', asOf: null })
          : screenPopBody({ answeredFrom: 'mirror', asOf: '2026-12-07T08:00:00.000Z' }),
      }),
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    expect(await screen.findByText(/^From the copy of Zoho CRM as of .+\.$/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Search Zoho now' }));
    expect(await screen.findByText('Answered by Zoho CRM just now.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Search Zoho now' })).toBeNull();
    const sources = stub.requests
      .filter((r) => r.url.includes('/screen-pop'))
      .map((r) => new URL(r.url).searchParams.get('source'));
    expect(sources).toEqual([null, 'zoho']);
  });

  it('shows nothing about a copy when Zoho answered live', async () => {
    stubPanel({ [POP]: { body: screenPopBody({ answeredFrom: 'zoho' }) } });
    renderApp({ url: URL_ });
    expect(await screen.findByRole('heading', { name: 'Jane Roe', level: 3 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Search Zoho now' })).toBeNull();
  });
});
