import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { searchZoho } from '@cxc/shared/api/agent-panel';
import { renderApp } from '@/testing/render-app';
import { janeRecord, stubPanel } from '../testing/panel-fixtures';

describe('panel search', () => {
  it('searches by phone and shows what was tried', async () => {
    const stub = stubPanel({
      'GET /api/tenants/acme/agent-panel/search': {
        body: searchZoho.response.parse({
          results: [{ ...janeRecord, openTasks: null, openCases: null }],
          tried: ['+14155550100', '+1 415 555 0100', '+1 (415) 555-0100'],
          dialUrlTemplate: 'tel:{number}',
          elapsedMs: 5,
        }),
      },
    });
    const user = userEvent.setup();
    renderApp({ url: '/agent/conversation?conversationId=c-2' });
    await user.type(await screen.findByRole('textbox', { name: 'Search for' }), '4155550100');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const results = await screen.findByRole('region', { name: 'Results' });
    expect(results.textContent).toContain(
      'Spellings tried: +14155550100 · +1 415 555 0100 · +1 (415) 555-0100',
    );
    const request = stub.requests.find((r) => r.url.includes('/search'));
    expect(Object.fromEntries(new URL(request?.url ?? '').searchParams)).toEqual({
      by: 'phone',
      q: '4155550100',
    });
  });
});
