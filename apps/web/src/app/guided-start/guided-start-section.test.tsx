import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { doneEvent, listBody, secretBody } from '@/features/activity/testing/activity-fixtures';
import { renderApp } from '@/testing/render-app';
import { preflightBody, settingsBody } from '@/testing/settings/settings-fixtures';
import { connectedBody, connectionBody } from '@/testing/zoho-fixtures';
import { requestsTo, stubZohoPage } from '@/testing/zoho-page';

/** Each step of the checklist as "<state>: <title>" (the state is read out before the title). */
async function steps(): Promise<string[]> {
  const region = await screen.findByRole('region', { name: 'Guided start' });
  const list = await within(region).findByRole('list');
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.guided-start__title')?.textContent ?? '');
}

describe('the guided start on the Zoho CRM page', () => {
  it('a new tenant: nothing done, each step links to where it is done, and Zoho is not asked', async () => {
    const { stub } = stubZohoPage(connectionBody());
    renderApp({ url: '/integrations/zoho-crm' });

    expect(await steps()).toEqual([
      'Not done yet: Connect Zoho CRM and choose the organization',
      'Not done yet: Set the default country',
      'Not done yet: Choose the channels to record',
      'Not done yet: Check the field mapping against the org',
      'Not done yet: Create the signing secret',
      'Not done yet: Send a test conversation',
    ]);
    const region = screen.getByRole('region', { name: 'Guided start' });
    expect(within(region).getByText('0 of 6 steps done')).toBeDefined();
    const href = (name: string) => within(region).getByRole('link', { name }).getAttribute('href');
    expect(href('Open the identification settings')).toBe(
      '/integrations/zoho-crm/settings?tab=identification',
    );
    expect(href('Open the channel settings')).toBe('/integrations/zoho-crm/settings?tab=web_chat');
    expect(href('Go to the activity log')).toBe('/integrations/zoho-crm/activity');
    // Not connected: the preflight would have no org to check against.
    expect(requestsTo(stub, 'POST /api/tenants/acme/settings/preflight')).toHaveLength(0);
  });

  it('a tenant that has done everything: every step done, from the real state of each', async () => {
    const settings = defaultSettings();
    settings.channels.web_chat.enabled = true;
    const { stub } = stubZohoPage(connectedBody({ defaultCountry: 'DE' }), () => ({
      'GET /api/tenants/acme/settings': { body: settingsBody(settings) },
      'POST /api/tenants/acme/settings/preflight': { body: preflightBody([]) },
      'GET /api/tenants/acme/events/signing-secret': {
        body: secretBody({ configured: true, createdAt: '2026-05-04T08:00:00.000Z' }),
      },
      'GET /api/tenants/acme/activity': { body: listBody([{ ...doneEvent(), test: true }]) },
    }));
    renderApp({ url: '/integrations/zoho-crm', language: 'de' });

    const region = await screen.findByRole('region', { name: 'Schritt für Schritt starten' });
    expect(
      await within(region).findByText(
        'Alle Schritte sind erledigt: Konversationen werden in Zoho CRM festgehalten.',
      ),
    ).toBeDefined();
    expect(within(region).getAllByText('Erledigt')).toHaveLength(6);
    const sent = (await requestsTo(stub, 'POST /api/tenants/acme/settings/preflight')[0]?.clone().json()) as {
      settings: { channels: { web_chat: { enabled: boolean } } };
    };
    expect(sent.settings.channels.web_chat.enabled).toBe(true);
  });

  it('a preflight that finds an error leaves its step open', async () => {
    const settings = defaultSettings();
    settings.channels.calls.enabled = true;
    stubZohoPage(connectedBody(), () => ({
      'GET /api/tenants/acme/settings': { body: settingsBody(settings) },
      'POST /api/tenants/acme/settings/preflight': {
        body: preflightBody([
          {
            severity: 'error',
            code: 'field_missing',
            path: ['channels', 'calls'],
            message: { key: 'preflight.field_missing', params: {} },
          },
        ]),
      },
    }));
    renderApp({ url: '/integrations/zoho-crm' });

    const region = await screen.findByRole('region', { name: 'Guided start' });
    // Asked, answered with an error: no longer "Checking…", and not done.
    await waitFor(async () =>
      expect(await steps()).toContain('Not done yet: Check the field mapping against the org'),
    );
    expect(within(region).getByText('2 of 6 steps done')).toBeDefined();
  });
});
