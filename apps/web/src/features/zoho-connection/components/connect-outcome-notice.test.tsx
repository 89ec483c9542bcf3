import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { zohoConnectErrorCodeSchema } from '@cxc/shared/api/zoho-connection';
import { renderApp } from '@/testing/render-app';
import { ACME_ORG, connectedBody, connectionBody, dcOption, REDIRECT_URL } from '@/testing/zoho-fixtures';
import { stubZohoPage } from '@/testing/zoho-page';

const customConfig = connectionBody({
  config: {
    kind: 'custom',
    dataCenter: dcOption('us'),
    clientId: '1000.X',
    secretSet: true,
    accountsUrl: dcOption('us').accountsUrl,
    apiUrl: dcOption('us').apiUrl,
    selfClient: false,
  },
});

/** The first words of each code's explanation (title) and of what to do (action). */
const EXPECTED: Record<string, [string, string]> = {
  invalid_client: [
    'Zoho does not accept the client',
    'enable “Multi DC” for this data center (United States)',
  ],
  invalid_client_secret: ['Zoho rejected the Client Secret.', 'Copy the Client Secret again'],
  invalid_redirect_uri: [
    'The redirect URL is not registered',
    'Add this URL to the client’s Authorized Redirect URIs',
  ],
  invalid_code: [
    'it expired, was already used, or was redeemed at another data center',
    'codes live about 2 minutes',
  ],
  access_denied: ['Consent was denied in Zoho', 'choose Accept on Zoho’s consent page'],
  no_refresh_token: ['Zoho did not return a refresh token', 'remove this app under Connected Apps'],
  state_mismatch: ['did not belong to this connect attempt', 'Start again with Connect with Zoho'],
  dc_not_configured: ['no Zoho client for this data center (United States)', 'Choose Custom configuration'],
  throttled: ['Zoho is limiting sign-ins', 'Wait about 10 minutes'],
  token_rate_limited: ['Zoho limits how many sign-ins one client can issue', 'Try again in 10 minutes'],
  access_revoked: ['Access was revoked at Zoho', 'Reconnect to fix it'],
  zoho_unreachable: ['Zoho could not be reached.', 'Try again in a few minutes'],
  unknown: ['an error we do not recognize', 'contact support'],
};

describe('outcome after a full-page redirect (?connect=…)', () => {
  it.each(zohoConnectErrorCodeSchema.options)('explains %s in plain words, with what to do', async (code) => {
    stubZohoPage(customConfig);
    renderApp({ url: `/integrations/zoho-crm?connect=error&code=${code}` });

    const alert = await screen.findByRole('alert');
    const [title, action] = EXPECTED[code] ?? ['', ''];
    expect(alert.textContent).toContain('Zoho CRM could not be connected.');
    expect(alert.textContent).toContain(title);
    expect(alert.textContent).toContain(action);
  });

  it('shows the URL to register, with a copy button, for invalid_redirect_uri', async () => {
    stubZohoPage(customConfig);
    renderApp({ url: '/integrations/zoho-crm?connect=error&code=invalid_redirect_uri' });

    const alert = await screen.findByRole('alert');
    const field = within(alert).getByRole('textbox', { name: 'Authorized Redirect URL' });
    expect((field as HTMLInputElement).value).toBe(REDIRECT_URL);
    expect(within(alert).getByRole('button', { name: 'Copy Authorized Redirect URL' })).toBeDefined();
  });

  it.each([
    ['en', 'Your consent was not refused.', 'Try again after'],
    ['de', 'Ihre Zustimmung wurde nicht abgelehnt.', 'Versuchen Sie es nach'],
    ['ja', '同意が拒否されたわけではありません。', '以降にもう一度お試しください'],
    ['ru', 'Ваше согласие не было отклонено.', 'Повторите попытку после'],
  ] as const)(
    "Zoho's sign-in cap says when to try again, in the console's language (%s)",
    async (language, title, action) => {
      stubZohoPage(customConfig);
      const retryAt = '2026-05-04T10:10:00.000Z';
      renderApp({
        url: `/integrations/zoho-crm?connect=error&code=token_rate_limited&retryAt=${retryAt}`,
        language,
      });

      const alert = await screen.findByRole('alert');
      const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(retryAt),
      );
      expect(alert.textContent).toContain(title);
      expect(alert.textContent).toContain(action);
      expect(alert.textContent).toContain(when);
    },
  );

  it('a retryAt that is not a time falls back to the whole window', async () => {
    stubZohoPage(customConfig);
    renderApp({ url: '/integrations/zoho-crm?connect=error&code=token_rate_limited&retryAt=<script>' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Try again in 10 minutes.');
    expect(alert.textContent).not.toContain('<script>');
  });

  it('explains in German too', async () => {
    stubZohoPage(customConfig);
    renderApp({ url: '/integrations/zoho-crm?connect=error&code=invalid_code', language: 'de' });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Zoho CRM konnte nicht verbunden werden.');
    expect(alert.textContent).toContain('Codes gelten etwa 2 Minuten und nur einmal.');
  });

  it('shows a success the same way as the popup does, and Dismiss removes it from the URL', async () => {
    stubZohoPage(connectedBody());
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm?connect=connected&page=2' });

    expect(await screen.findByText('Zoho CRM is connected.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));

    expect(screen.queryByText('Zoho CRM is connected.')).toBeNull();
    expect(window.location.search).toBe('?page=2');
  });

  it.each([
    '?connect=%00&code=%ZZ',
    '?connect=error&code=' + 'x'.repeat(5000),
    '?connect[]=1&code=__proto__',
  ])('ignores or softens junk without crashing the page: %s', async (search) => {
    stubZohoPage(customConfig);
    renderApp({ url: `/integrations/zoho-crm${search}` });

    expect(await screen.findByRole('heading', { level: 1, name: 'Zoho CRM' })).toBeDefined();
    expect(await screen.findByRole('button', { name: 'Connect with Zoho' })).toBeDefined();
    const alert = screen.queryByRole('alert');
    if (alert) expect(alert.textContent).toContain('an error we do not recognize');
  });

  it('says, as information, that Zoho sent the admin to another data center than the one chosen', async () => {
    stubZohoPage(
      connectedBody({
        org: { ...ACME_ORG, dc: 'in' },
        live: { clientKind: 'custom', dataCenter: dcOption('in'), since: '2026-05-04T08:14:00.000Z' },
        warnings: [{ code: 'other_data_center', message: 'x' }],
      }),
    );
    renderApp({ url: '/integrations/zoho-crm' });

    expect(
      await screen.findByText(/Your Zoho account is in the India data center, not in Europe as saved\./),
    ).toBeDefined();
  });
});
