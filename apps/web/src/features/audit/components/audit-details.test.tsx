import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listAudit } from '@cxc/shared/api/audit';
import { renderApp } from '@/testing/render-app';
import { connectionBody } from '@/testing/zoho-fixtures';
import { stubZohoPage } from '@/testing/zoho-page';

const entry = (action: string, details: Record<string, unknown>, index: number) => ({
  id: `a-${index}`,
  at: '2026-05-04T08:15:00.000Z',
  actor: { email: 'tara@acme.example', name: 'Tara Admin', role: 'tenant_admin' },
  action,
  details,
});

function renderAudit(entries: ReturnType<typeof entry>[]) {
  stubZohoPage(connectionBody(), () => ({
    'GET /api/tenants/acme/audit': {
      body: listAudit.response.parse({ page: 1, total: entries.length, entries }),
    },
  }));
  renderApp({ url: '/integrations/zoho-crm' });
}

describe('audit log details in words', () => {
  it('names every detail and writes its value in words, not keys and JSON', async () => {
    renderAudit([
      entry('zoho.disconnected', { revokedAtZoho: false, settingsKept: true }, 0),
      entry('settings.saved', { version: 12, changeCount: 2, changed: ['timeZone', 'automation'] }, 1),
      entry('zoho.config.saved', { kind: 'system', dataCenterId: 'eu', clientSecret: 'changed' }, 2),
      entry(
        'zoho.needs_reconnect',
        { reason: 'invalid_code', accountsServer: 'https://accounts.zoho.eu' },
        3,
      ),
      entry('zoho.connected', { dc: 'sim-us', scopes: [], somethingNew: { a: 1 } }, 4),
    ]);
    const table = await screen.findByRole('table', { name: /Audit log/ });
    const [, disconnected, saved, config, revoked, connected] = within(table).getAllByRole('row');

    expect(disconnected?.textContent).toContain('Access revoked at ZohoNo');
    expect(disconnected?.textContent).toContain('Settings keptYes');
    expect(disconnected?.textContent).not.toContain('settingsKept');
    expect(disconnected?.textContent).not.toContain('true');

    expect(saved?.textContent).toContain('Number of changes2');
    expect(saved?.textContent).toContain('ChangedtimeZone, automation');
    expect(saved?.textContent).not.toContain('[');

    expect(config?.textContent).toContain('SetupSystem configuration');
    expect(config?.textContent).toContain('Data centerEurope');
    expect(config?.textContent).toContain('Client secretchanged (not shown)');

    expect(revoked?.textContent).toContain('Zoho no longer accepts the stored authorization');

    expect(connected?.textContent).toContain('Simulator');
    expect(connected?.textContent).toContain('Permissionsnone');
    // A key the console has no words for yet is shown as it is, never dropped or crashing the page.
    expect(connected?.textContent).toContain('somethingNew');
  });
});
