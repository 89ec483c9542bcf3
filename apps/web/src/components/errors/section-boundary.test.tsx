import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createTestI18n } from '@/testing/create-test-i18n';
import { createQueryClient } from '@/lib/query-client';
import { stubFetch } from '@/testing/fetch-stub';
import { errorBody, meBody, tenantsBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { systemClientsBody } from '@/testing/zoho-fixtures';
import { SectionBoundary } from './section-boundary';

let healthy = false;
function Fragile() {
  if (!healthy) throw new Error('render failed');
  return <p>Recovered</p>;
}

describe('SectionBoundary', () => {
  it('keeps a render error inside the section and renders it again on retry', async () => {
    healthy = false;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={createTestI18n('en')}>
        <QueryClientProvider client={createQueryClient()}>
          <p>Outside</p>
          <SectionBoundary>
            <Fragile />
          </SectionBoundary>
        </QueryClientProvider>
      </I18nextProvider>,
    );

    expect(screen.getByRole('heading', { name: 'This section could not be loaded' })).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('An unexpected error occurred.');
    expect(screen.getByText('Outside')).toBeDefined();

    healthy = true;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(screen.getByText('Recovered')).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a 5xx with its correlation id in the failing section only, and refetches on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let calls = 0;
    stubFetch({
      'GET /api/me': { body: meBody('system_admin') },
      'GET /api/system/zoho/clients': { body: systemClientsBody() },
      'GET /api/system/tenants': () => {
        calls += 1;
        return calls === 1 ? errorBody('UPSTREAM_UNAVAILABLE', 'corr-502-7') : { body: tenantsBody() };
      },
    });
    const user = userEvent.setup();
    renderApp({ url: '/hub' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server ran into a problem. Please try again in a moment.');
    expect(alert.textContent).toContain('corr-502-7');
    // The other section and the page itself still render.
    expect(screen.getByRole('heading', { level: 1, name: 'Connector Hub' })).toBeDefined();
    expect(await screen.findByRole('article', { name: 'Zoho CRM' })).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('table', { name: 'Tenants on this platform' })).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells the user a 503 is brief and nothing changed, in the section that failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubFetch({
      'GET /api/me': { body: meBody('system_admin') },
      'GET /api/system/zoho/clients': { body: systemClientsBody() },
      'GET /api/system/tenants': errorBody('SERVICE_UNAVAILABLE', 'corr-503-1'),
    });
    renderApp({ url: '/hub' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The service is briefly unavailable. Nothing was changed');
    expect(alert.textContent).toContain('corr-503-1');
    // The server's own (untranslated) message stays out.
    expect(alert.textContent).not.toContain('from the test server');
  });
});
