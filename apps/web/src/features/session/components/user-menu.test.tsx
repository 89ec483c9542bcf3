import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '@/testing/fetch-stub';
import { integrationsBody, meBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { systemClientsBody } from '@/testing/zoho-fixtures';

describe('user menu', () => {
  it('shows who is signed in and signs out with a form POST carrying the CSRF token', async () => {
    stubFetch({
      'GET /api/me': { body: meBody('tenant_admin') },
      'GET /api/tenants/acme/integrations': { body: integrationsBody() },
    });
    const user = userEvent.setup();
    renderApp({ url: '/integrations' });

    await user.click(await screen.findByRole('button', { name: 'Account: Tara Admin' }));

    const menu = screen.getByRole('menu', { name: 'Tara Admin' });
    const details = screen.getAllByRole('definition').map((dd) => dd.textContent);
    expect(details).toEqual(['Tara Admin', 'tara@acme.example', 'Tenant administrator', 'Acme Corp']);
    const signOut = within(menu).getByRole('menuitem', { name: 'Sign out' });
    expect(document.activeElement).toBe(signOut);
    const form = signOut.closest('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/auth/logout');
    expect(signOut.getAttribute('type')).toBe('submit');
    const csrf = form?.querySelector<HTMLInputElement>('input[type="hidden"][name="_csrf"]');
    expect(csrf?.value).toBe('csrf-tenant_admin');
  });

  it('opens from the keyboard, closes on Escape and returns focus to its button', async () => {
    stubFetch({
      'GET /api/me': { body: meBody('system_admin') },
      'GET /api/system/tenants': { body: { tenants: [] } },
      'GET /api/system/zoho/clients': { body: systemClientsBody() },
    });
    const user = userEvent.setup();
    renderApp({ url: '/hub' });

    const trigger = await screen.findByRole('button', { name: 'Account: Sam Platform' });
    trigger.focus();
    await user.keyboard('{ArrowDown}');
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Sign out' }));
    expect(screen.getByText('None (platform-wide)')).toBeDefined();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(trigger);
  });

  it('closes when focus leaves it with Tab', async () => {
    stubFetch({
      'GET /api/me': { body: meBody('agent') },
    });
    const user = userEvent.setup();
    renderApp({ url: '/agent' });

    const trigger = await screen.findByRole('button', { name: 'Account: Alex Agent' });
    await user.click(trigger);
    expect(screen.getByRole('menu')).toBeDefined();

    await user.tab();

    expect(screen.queryByRole('menu')).toBeNull();
  });
});
