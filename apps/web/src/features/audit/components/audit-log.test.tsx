import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseAuditPage } from '../schemas/audit-search';
import { renderApp } from '@/testing/render-app';
import { auditBody, connectionBody } from '@/testing/zoho-fixtures';
import { requestsTo, stubZohoPage } from '@/testing/zoho-page';

const AUDIT = 'GET /api/tenants/acme/audit';

describe('audit log', () => {
  it('shows who did what and when, never a secret, with the page in the URL', async () => {
    const { stub } = stubZohoPage(connectionBody(), () => ({
      [AUDIT]: (request) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return { body: auditBody(page, 60, page === 3 ? 10 : 25) };
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm?page=2' });

    const table = await screen.findByRole('table', { name: 'Audit log, page 2 of 3' });
    const first = within(table).getAllByRole('row')[1];
    expect(first?.textContent).toContain('Zoho configuration saved');
    expect(first?.textContent).toContain('Tara Admin');
    expect(first?.textContent).toContain('Client secret');
    expect(first?.textContent).toContain('Custom configuration');
    expect(first?.textContent).toContain('changed (not shown)');
    expect(new URL(requestsTo(stub, AUDIT)[0]?.url ?? '').search).toBe('?page=2&perPage=25');

    const pages = screen.getByRole('navigation', { name: 'Audit log pages' });
    await user.click(within(pages).getByRole('link', { name: 'Next page' }));

    expect(await screen.findByRole('table', { name: 'Audit log, page 3 of 3' })).toBeDefined();
    expect(window.location.search).toBe('?page=3');
    expect(
      within(screen.getByRole('navigation', { name: 'Audit log pages' })).queryByRole('link', {
        name: 'Next page',
      }),
    ).toBeNull();
  });

  it('says so when nothing was recorded yet', async () => {
    stubZohoPage(connectionBody());
    renderApp({ url: '/integrations/zoho-crm' });

    expect(await screen.findByRole('heading', { name: 'No changes recorded yet' })).toBeDefined();
  });

  it.each([
    ['', 1],
    ['?page=4', 4],
    ['?page=abc', 1],
    ['?page=-2', 1],
    ['?page=1.5', 1],
    ['?page=99999999', 1],
  ])('reads the page from %s as %i', (search, page) => {
    expect(parseAuditPage(new URLSearchParams(search))).toBe(page);
  });
});
