import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { connectedBody, connectionBody, testResultBody, ZOHO_ADMIN, ACME_ORG } from '@/testing/zoho-fixtures';
import { requestsTo, stubZohoPage } from '@/testing/zoho-page';

const DELETE = 'DELETE /api/tenants/acme/zoho/connection';
const TEST = 'POST /api/tenants/acme/zoho/test';

function facts(card: HTMLElement): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const dt of within(card).getAllByRole('term')) {
    const dd = dt.nextElementSibling;
    if (dt.textContent && dd) entries[dt.textContent] = dd.textContent ?? '';
  }
  return entries;
}

describe('the connected card', () => {
  it('shows the default country for phone numbers with a way to change it', async () => {
    stubZohoPage(connectedBody({ defaultCountry: 'DE' }));
    renderApp({ url: '/integrations/zoho-crm' });

    const card = await screen.findByRole('article', { name: 'Acme Zoho Org' });
    expect(facts(card)['Default country for phone numbers']).toBe('Germany Change');
    expect(within(card).getByRole('link', { name: 'Change' }).getAttribute('href')).toBe(
      '/integrations/zoho-crm/settings?tab=identification',
    );
  });

  it('shows org, data center, Zoho user, scopes, credits and token health, dates in the current language', async () => {
    stubZohoPage(connectedBody());
    renderApp({ url: '/integrations/zoho-crm' });

    const card = await screen.findByRole('article', { name: 'Acme Zoho Org' });
    expect(within(card).getByText('Connected')).toBeDefined();
    const shown = facts(card);
    expect(shown).toMatchObject({
      Organization: 'Acme Zoho Org (Enterprise edition, ID 700001)',
      'Data center': 'Europe',
      'Connected Zoho user': 'Zed Zoho <zed@acme.example>, profile Administrator',
      'API credits used in the last 24 hours': '12,345',
      'Last error': 'None',
    });
    const format = (iso: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
    expect(shown['Connected at']).toBe(`${format('2026-05-04T08:15:00.000Z')} · by tara@acme.example`);
    expect(shown['Last token refresh']).toBe(format('2026-05-04T09:00:00.000Z'));
    expect(shown['Access token expires']).toBe(format('2026-05-04T10:00:00.000Z'));
    expect(within(card).getByRole('heading', { name: 'Token health' })).toBeDefined();
    expect(within(card).getByText('ZohoCRM.settings.ALL')).toBeDefined();
  });

  it('formats numbers and dates for German', async () => {
    stubZohoPage(connectedBody());
    renderApp({ url: '/integrations/zoho-crm', language: 'de' });

    const card = await screen.findByRole('article', { name: 'Acme Zoho Org' });
    expect(facts(card)['In den letzten 24 Stunden verbrauchte API-Credits']).toBe('12.345');
  });

  it('warns that a non-administrator Zoho user limits what works', async () => {
    stubZohoPage(
      connectedBody({
        zohoUser: { ...ZOHO_ADMIN, name: 'Sam Sales', profile: 'Standard', isAdministrator: false },
        warnings: [{ code: 'not_administrator', message: 'not an admin' }],
      }),
    );
    renderApp({ url: '/integrations/zoho-crm' });

    const warnings = await screen.findByRole('list', { name: 'Warnings' });
    expect(warnings.textContent).toContain('Sam Sales is not a Zoho CRM administrator (profile Standard)');
    expect(warnings.textContent).toContain('field mapping and owner assignment will be incomplete');
    expect(screen.getByText('Not an administrator')).toBeDefined();
  });

  it('needs reconnect: says why (token.lastError) and offers Reconnect on the card', async () => {
    stubZohoPage(
      connectedBody({
        status: 'needs_reconnect',
        token: {
          lastRefreshAt: '2026-05-04T09:00:00.000Z',
          accessTokenExpiresAt: null,
          lastError: {
            code: 'access_revoked',
            message: 'refresh token revoked',
            at: '2026-05-04T09:30:00.000Z',
          },
        },
      }),
    );
    renderApp({ url: '/integrations/zoho-crm' });

    const card = await screen.findByRole('article', { name: 'Acme Zoho Org' });
    expect(within(card).getByText('Needs reconnecting')).toBeDefined();
    expect(card.textContent).toContain('Zoho no longer accepts this connection.');
    expect(card.textContent).toContain('Reason: Access was revoked at Zoho');
    expect(card.textContent).not.toContain('did not accept the code');
    const reconnect = within(card).getByRole('button', { name: 'Reconnect' });
    expect(reconnect.className).toContain('button--primary');
    expect(facts(card)['Access token expires']).toBe('Not yet');
  });

  it.each([
    ['en', 'Access was revoked at Zoho', 'Reconnect'],
    ['de', 'Der Zugriff wurde bei Zoho widerrufen', 'Neu verbinden'],
    ['ja', 'Zoho でアクセスが取り消されました', '再接続'],
    ['ru', 'Доступ был отозван в Zoho', 'Переподключить'],
  ] as const)(
    'a revoked refresh token reads as revoked access, fixed by Reconnect (%s)',
    async (language, reason, button) => {
      stubZohoPage(
        connectedBody({
          status: 'needs_reconnect',
          token: {
            lastRefreshAt: null,
            accessTokenExpiresAt: null,
            lastError: { code: 'access_revoked', message: 'revoked', at: '2026-05-04T09:30:00.000Z' },
          },
        }),
      );
      renderApp({ url: '/integrations/zoho-crm', language });

      const card = await screen.findByRole('article', { name: 'Acme Zoho Org' });
      expect(card.textContent).toContain(reason);
      expect(within(card).getByRole('button', { name: button })).toBeDefined();
    },
  );

  it('a stored code it does not know is shown as the code, not as another explanation', async () => {
    stubZohoPage(
      connectedBody({
        status: 'needs_reconnect',
        token: {
          lastRefreshAt: null,
          accessTokenExpiresAt: null,
          lastError: { code: '<b>odd</b>', message: 'x', at: '2026-05-04T09:30:00.000Z' },
        },
      }),
    );
    renderApp({ url: '/integrations/zoho-crm' });

    const card = await screen.findByRole('article', { name: 'Acme Zoho Org' });
    expect(card.textContent).toContain('<b>odd</b>');
    expect(card.querySelector('b')).toBeNull();
  });

  it('tests the connection and shows the round trip and what it read', async () => {
    stubZohoPage(connectedBody(), () => ({
      [TEST]: {
        body: testResultBody({
          ok: true,
          roundTripMs: 231.6,
          org: ACME_ORG,
          zohoUser: ZOHO_ADMIN,
          error: null,
        }),
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });

    await user.click(await screen.findByRole('button', { name: 'Test connection' }));

    const result = await screen.findByText('The connection works. Zoho answered in 232 ms.');
    const region = result.closest('[role="status"]');
    expect(region?.textContent).toContain('Organization: Acme Zoho Org (ID 700001, Europe).');
    expect(region?.textContent).toContain('Zoho user: Zed Zoho <zed@acme.example>.');
  });

  it('explains a failed test in plain words', async () => {
    stubZohoPage(connectedBody(), () => ({
      [TEST]: {
        body: testResultBody({
          ok: false,
          roundTripMs: 80,
          org: null,
          zohoUser: null,
          error: { code: 'zoho_unreachable', message: 'ECONNRESET' },
        }),
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });

    await user.click(await screen.findByRole('button', { name: 'Test connection' }));

    expect(await screen.findByText('The test failed after 80 ms.')).toBeDefined();
    expect(screen.getByText(/Zoho could not be reached\. Try again in a few minutes/)).toBeDefined();
  });
});

describe('disconnect', () => {
  it('asks in a modal dialog; Escape cancels and focus returns to the button', async () => {
    const { stub } = stubZohoPage(connectedBody());
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });
    const trigger = await screen.findByRole('button', { name: 'Disconnect' });

    await user.click(trigger);

    const dialog = screen.getByRole('dialog', { name: 'Disconnect Zoho CRM?' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.textContent).toContain('the refresh token is revoked at Zoho');
    expect(dialog.textContent).toContain('the stored tokens are deleted here');
    expect(dialog.textContent).toContain('this tenant’s settings (configuration, mappings, rules) are kept');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(requestsTo(stub, DELETE)).toHaveLength(0);
  });

  it('Cancel closes it too; confirming revokes, deletes, and says the settings are kept', async () => {
    const { stub } = stubZohoPage(connectedBody(), (server) => ({
      [DELETE]: () => {
        server.connection = connectionBody({ config: connectedBody().config });
        return { body: { revokedAtZoho: true, settingsKept: true, connection: server.connection } };
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });
    const trigger = await screen.findByRole('button', { name: 'Disconnect' });
    await user.click(trigger);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(trigger);

    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Disconnect Zoho CRM?' });
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));

    const done = await screen.findByText('Zoho CRM was disconnected.');
    expect(done.closest('[role="status"]')?.textContent).toContain(
      'The refresh token was revoked at Zoho and the tokens were deleted. This tenant’s settings are kept.',
    );
    expect(requestsTo(stub, DELETE)).toHaveLength(1);
    expect(requestsTo(stub, DELETE)[0]?.headers.get('x-csrf-token')).toBe('csrf-tenant_admin');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('button', { name: 'Connect with Zoho' })).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(done.closest('.notice')));
  });

  it('says what to do when Zoho could not be reached to revoke the token', async () => {
    stubZohoPage(connectedBody(), (server) => ({
      [DELETE]: () => {
        server.connection = connectionBody();
        return { body: { revokedAtZoho: false, settingsKept: true, connection: server.connection } };
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm' });
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Disconnect' }));

    expect(
      await screen.findByText(/remove this app under Connected Apps in your Zoho account/),
    ).toBeDefined();
  });
});
