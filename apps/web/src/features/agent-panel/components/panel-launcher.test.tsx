import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { stubPanel } from '../testing/panel-fixtures';

describe('agent panel launcher', () => {
  it('opens the panel for the sample visitor with the URL parameters the console would send', async () => {
    stubPanel();
    const user = userEvent.setup();
    renderApp({ url: '/agent' });
    await user.click(await screen.findByRole('button', { name: 'Fill in a sample visitor' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Phone' }).value).toBe('415 555 0100');
    await user.click(screen.getByRole('button', { name: 'Open agent panel' }));

    await waitFor(() => expect(window.location.pathname).toBe('/agent/conversation'));
    const params = new URLSearchParams(window.location.search);
    expect(params.get('phone')).toBe('415 555 0100');
    expect(params.get('channel')).toBe('calls');
    expect(params.get('name')).toBe('Jane Roe');
    expect(await screen.findByRole('heading', { name: 'Jane Roe', level: 3 })).toBeTruthy();
  });
});
