import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { searchZoho } from '@cxc/shared/api/agent-panel';
import { apiErrorSchema } from '@cxc/shared/api/errors';
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

describe('panel search of a number the server cannot search', () => {
  const refused = (issues: { path: string[]; code: string; message: string }[]) =>
    apiErrorSchema.parse({
      error: {
        code: 'VALIDATION_FAILED',
        message: 'This is not a phone number we can search for.',
        issues,
        correlationId: 'c-phone',
      },
    });

  it('explains the reason the server names, not "an unexpected error"', async () => {
    stubPanel({
      'GET /api/tenants/acme/agent-panel/search': {
        status: 400,
        body: refused([{ path: ['q'], code: 'custom', message: 'phone_too_short' }]),
      },
    });
    const user = userEvent.setup();
    renderApp({ url: '/agent/conversation?conversationId=c-2' });
    await user.type(await screen.findByRole('textbox', { name: 'Search for' }), '12');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This phone number is too short.');
    expect(alert.textContent).not.toContain('unexpected');
  });

  it('shows the server’s own message for a reason it does not know', async () => {
    stubPanel({
      'GET /api/tenants/acme/agent-panel/search': {
        status: 400,
        body: refused([{ path: ['q'], code: 'custom', message: 'phone_from_the_future' }]),
      },
    });
    const user = userEvent.setup();
    renderApp({ url: '/agent/conversation?conversationId=c-2' });
    await user.type(await screen.findByRole('textbox', { name: 'Search for' }), 'garbage');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'This is not a phone number we can search for.',
    );
  });
});
