import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { connectedBody, connectionBody, dcOption } from '@/testing/zoho-fixtures';
import { stubZohoPage } from '@/testing/zoho-page';

const section = (name: string) => screen.findByRole('region', { name });

function facts(region: HTMLElement): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const dt of within(region).getAllByRole('term')) {
    const dd = dt.nextElementSibling;
    if (dt.textContent && dd) entries[dt.textContent] = dd.textContent ?? '';
  }
  return entries;
}

const failedAtEu = {
  at: '2026-05-05T10:00:00.000Z',
  clientKind: 'custom' as const,
  dataCenter: dcOption('eu'),
  outcome: 'failed' as const,
  error: { code: 'invalid_client' as const, message: 'x', params: { dataCenter: 'eu' } },
};

describe('the live connection and the saved configuration', () => {
  it('a failed attempt with a new configuration leaves the live one as it is, and says what failed', async () => {
    stubZohoPage(
      connectedBody({
        org: { id: '1', name: 'Acme Zoho Org', edition: 'Enterprise', dc: 'us', timeZone: null },
        live: { clientKind: 'system', dataCenter: dcOption('us'), since: '2026-05-04T08:14:00.000Z' },
        attempts: [
          failedAtEu,
          {
            ...failedAtEu,
            at: '2026-05-04T08:14:00.000Z',
            clientKind: 'system',
            outcome: 'connected',
            error: null,
            dataCenter: dcOption('us'),
          },
        ],
      }),
    );
    renderApp({ url: '/integrations/zoho-crm' });

    const live = await section('Live connection');
    expect(facts(live)).toMatchObject({
      'Client in use': 'The platform’s system client',
      'Data center that issued the access': 'United States',
    });
    const saved = await section('Saved configuration');
    expect(facts(saved)).toMatchObject({ 'How to connect': 'Custom configuration', 'Data center': 'Europe' });
    expect(saved.textContent).toContain('The saved configuration is not the one that is live');
    // Never "nothing needs to change" for a data center the tenant does not use.
    expect(document.body.textContent).not.toContain('nothing needs to change');

    const attempts = await section('Recent connection attempts');
    const rows = within(attempts).getAllByRole('listitem');
    expect(rows[0]?.textContent).toContain('Failed:');
    expect(rows[0]?.textContent).toContain('Europe');
    expect(rows[0]?.textContent).toContain('Your own client (custom configuration), Europe data center');
    expect(rows[1]?.textContent).toContain('Connected');
    expect(rows[1]?.textContent).toContain('The platform’s system client, United States data center');
  });

  it('Zoho sending the admin to their own data center is said once, as information', async () => {
    stubZohoPage(
      connectedBody({
        org: { id: '1', name: 'Acme Zoho Org', edition: 'Enterprise', dc: 'eu', timeZone: null },
        config: { ...connectedBody().config!, dataCenter: dcOption('us') },
        live: { clientKind: 'custom', dataCenter: dcOption('eu'), since: '2026-05-04T08:14:00.000Z' },
        warnings: [{ code: 'other_data_center', message: 'x' }],
      }),
    );
    renderApp({ url: '/integrations/zoho-crm' });

    const live = await section('Live connection');
    expect(live.textContent).toContain('not in United States as saved');
    expect(live.textContent).toContain('nothing needs to change');
    const saved = await section('Saved configuration');
    expect(saved.textContent).not.toContain('is not the one that is live');
    expect(screen.queryByRole('list', { name: 'Warnings' })).toBeNull();
  });

  it('after a Self Client: no browser Reconnect, but how to reconnect with a new code', async () => {
    stubZohoPage(
      connectedBody({
        config: { ...connectedBody().config!, selfClient: true },
        live: { clientKind: 'self_client', dataCenter: dcOption('eu'), since: '2026-05-04T08:14:00.000Z' },
      }),
    );
    renderApp({ url: '/integrations/zoho-crm' });

    const card = await screen.findByRole('article', { name: 'Acme Zoho Org' });
    expect(facts(await section('Live connection'))['Client in use']).toBe('A Self Client code');
    expect(facts(await section('Saved configuration'))['How to connect']).toContain('Self Client');
    expect(within(card).queryByRole('button', { name: 'Reconnect' })).toBeNull();
    expect(card.textContent).toContain('generate a new code in Zoho’s API console');
    expect(card.textContent).not.toContain('is not the one that is live');
  });

  it('disconnected after a Self Client: does not offer to connect with it through the browser', async () => {
    stubZohoPage(connectionBody({ config: { ...connectedBody().config!, selfClient: true } }));
    renderApp({ url: '/integrations/zoho-crm' });

    expect(await screen.findByText(/came from a Self Client code/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Connect with Zoho' })).toBeNull();
    expect(screen.queryByText(/Ready to connect with the Custom configuration/)).toBeNull();
  });

  it.each([
    ['de', 'Aktive Verbindung', 'Der System-Client der Plattform'],
    ['ja', '現在の接続', 'プラットフォームのシステムクライアント'],
    ['ru', 'Действующее подключение', 'Системный клиент платформы'],
  ] as const)('in %s', async (language, heading, kind) => {
    stubZohoPage(
      connectedBody({
        live: { clientKind: 'system', dataCenter: dcOption('eu'), since: '2026-05-04T08:14:00.000Z' },
      }),
    );
    renderApp({ url: '/integrations/zoho-crm', language });
    expect((await section(heading)).textContent).toContain(kind);
  });
});
