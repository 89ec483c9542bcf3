import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubFetch } from '@/testing/fetch-stub';
import { errorBody, meBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';

describe('session gate', () => {
  it('sends a signed-out browser to /auth/login with the current path and search as returnTo', async () => {
    const { status, body } = errorBody('UNAUTHENTICATED');
    stubFetch({ 'GET /api/me': { status, body } });
    const replace = vi.spyOn(window.location, 'replace').mockImplementation(() => undefined);

    renderApp({ url: '/integrations?tab=zoho' });

    await waitFor(() => expect(replace).toHaveBeenCalledTimes(1));
    expect(replace).toHaveBeenCalledWith('/auth/login?returnTo=%2Fintegrations%3Ftab%3Dzoho');
    expect(await screen.findByText('Taking you to sign-in…')).toBeDefined();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('shows a friendly error with the correlation id when the BFF answers 5xx, and retries', async () => {
    let calls = 0;
    stubFetch({
      'GET /api/me': () => {
        calls += 1;
        if (calls === 1) return errorBody('INTERNAL', 'corr-5xx-42');
        return { body: meBody('agent') };
      },
    });
    const user = userEvent.setup();

    renderApp({ url: '/agent' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server ran into a problem. Please try again in a moment.');
    expect(alert.textContent).toContain('corr-5xx-42');
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeDefined();
    expect(document.title).toBe('Something went wrong · CX Connector');

    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Agent panel' })).toBeDefined();
  });
});
