import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { retryActivityEvent } from '@cxc/shared/api/activity';
import { integrationsBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import {
  detailBody,
  doneEvent,
  failedEvent,
  LIST,
  listBody,
  retryingEvent,
  skippedEvent,
  stubActivityPage,
} from '../testing/activity-fixtures';

const URL_ = '/integrations/zoho-crm/activity';
const listRequests = (stub: { requests: Request[] }) =>
  stub.requests.filter((r) => r.method === 'GET' && new URL(r.url).pathname === '/api/tenants/acme/activity');

describe('activity log', () => {
  it('shows each event with a worded status, its records and its error explained', async () => {
    stubActivityPage([doneEvent(), failedEvent(), retryingEvent(), skippedEvent()]);
    renderApp({ url: URL_ });

    expect(await screen.findByRole('heading', { level: 1, name: 'Activity log' })).toBeDefined();
    const table = await screen.findByRole('table', { name: 'Activity log, page 1 of 1' });
    expect(screen.getByText('Events: 4').getAttribute('role')).toBe('status');
    const [, done, failed, retrying, skipped] = within(table).getAllByRole('row');

    expect(done?.textContent).toContain('Done');
    const lead = within(done!).getByRole('link', { name: /Created Lead 4001/ });
    expect(lead.getAttribute('href')).toBe('https://crm.zoho.eu/crm/tab/Leads/4001');
    expect(lead.getAttribute('target')).toBe('_blank');
    expect(lead.getAttribute('rel')).toContain('noopener');
    expect(done?.textContent).toContain('Updated Task 4002');
    expect(within(done!).queryByRole('button', { name: /Retry/ })).toBeNull();

    expect(failed?.textContent).toContain('Failed');
    expect(failed?.textContent).toContain('A field Zoho requires was empty');
    expect(failed?.textContent).toContain('MANDATORY_NOT_FOUND');
    expect(failed?.textContent).toContain('Last_Name');
    expect(failed?.textContent).toContain('required field not found');
    expect(failed?.textContent).toContain('Attempts: 3');
    expect(failed?.textContent).toContain('Missed calls');
    expect(within(failed!).getByRole('button', { name: 'Retry event evt-2' })).toBeDefined();

    expect(retrying?.textContent).toContain('Retrying');
    expect(retrying?.textContent).toContain('Next attempt');
    expect(retrying?.textContent).toContain('Zoho CRM could not be reached');
    expect(within(retrying!).getByRole('button', { name: 'Retry event evt-3' })).toBeDefined();

    expect(skipped?.textContent).toContain('Skipped');
    expect(skipped?.textContent).toContain('No rule matched this event.');
    expect(screen.getByText('Updating automatically while events are in progress.')).toBeDefined();
  });

  it('survives a junk URL and asks for the first page unfiltered', async () => {
    const stub = stubActivityPage([doneEvent()]);
    renderApp({ url: `${URL_}?status=exploded&channel=fax&page=abc&from=yesterday&perPage=-1` });

    expect(await screen.findByRole('table', { name: 'Activity log, page 1 of 1' })).toBeDefined();
    expect(new URL(listRequests(stub)[0]?.url ?? '').search).toBe('?page=1&perPage=25');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Status' }).value).toBe('');
  });

  it('applies filters to the URL and the request, back on page 1', async () => {
    const stub = stubActivityPage([failedEvent()]);
    const user = userEvent.setup();
    renderApp({ url: `${URL_}?page=3` });
    await screen.findByRole('table');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Failed');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Calls');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'jane');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(window.location.search).toBe('?status=failed&channel=calls&q=jane'));
    await waitFor(() =>
      expect(new URL(listRequests(stub).at(-1)?.url ?? '').search).toBe(
        '?status=failed&channel=calls&q=jane&page=1&perPage=25',
      ),
    );
    // The new page renders once its list arrives (the navigation is a transition), so wait for it.
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
        '/api/tenants/acme/activity/export.csv?status=failed&channel=calls&q=jane',
      ),
    );
    expect(screen.getByRole('link', { name: 'Export CSV' }).hasAttribute('download')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(window.location.search).toBe(''));
  });

  it('retries one event and refreshes the list', async () => {
    const failed = failedEvent();
    let current = failed;
    const stub = stubActivityPage([], {
      [LIST]: () => ({ body: listBody([current]) }),
      [`POST /api/tenants/acme/activity/${failed.id}/retry`]: () => {
        current = { ...failed, status: 'queued', error: null };
        return { body: retryActivityEvent.response.parse({ event: current }) };
      },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });

    await user.click(await screen.findByRole('button', { name: 'Retry event evt-2' }));

    expect(await screen.findByText('Event evt-2 is queued again.')).toBeDefined();
    const posts = stub.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => new URL(r.url).pathname)).toEqual([
      `/api/tenants/acme/activity/${failed.id}/retry`,
    ]);
    expect(posts[0]?.headers.get('x-csrf-token')).toBe('csrf-tenant_admin');
    await waitFor(() => expect(listRequests(stub).length).toBeGreaterThan(1));
    await waitFor(() => expect(screen.getByRole('table').textContent).toContain('Queued'));
    expect(screen.queryByRole('button', { name: 'Retry event evt-2' })).toBeNull();
  });

  it('retries all failed events only after confirmation', async () => {
    const stub = stubActivityPage([failedEvent()], {
      'POST /api/tenants/acme/activity/retry-failed': { body: { retried: 2 } },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'Retry all failed' }));
    const dialog = screen.getByRole('dialog', { name: 'Retry all failed events?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(stub.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Retry all failed' }));
    const confirm = screen.getByRole('dialog', { name: 'Retry all failed events?' });
    await user.click(within(confirm).getByRole('button', { name: 'Retry now' }));

    expect(await screen.findByText('Failed events queued again: 2.')).toBeDefined();
    expect(stub.requests.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([
      '/api/tenants/acme/activity/retry-failed',
    ]);
    await waitFor(() => expect(listRequests(stub).length).toBeGreaterThan(1));
  });

  it('expands a row into its rule evaluations and operations', async () => {
    const done = doneEvent();
    stubActivityPage([done], { [`GET /api/tenants/acme/activity/${done.id}`]: { body: detailBody(done) } });
    const user = userEvent.setup();
    renderApp({ url: URL_ });

    const toggle = await screen.findByRole('button', { name: 'Details of event evt-1' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    const details = await screen.findByRole('heading', { name: 'Rule evaluations' });
    const region = details.closest('td') as HTMLElement;
    expect(region.textContent).toContain('VIP chats: Did not match');
    expect(region.textContent).toContain('Condition 1 (Queue) was not met; the value was Support.');
    expect(region.textContent).toContain('Every chat: Matched');
    expect(within(region).getByRole('heading', { name: 'Operations' })).toBeDefined();
    expect(region.textContent).toContain('Create Lead');
    expect(within(region).getByRole('link', { name: /Created Lead 4001/ })).toBeDefined();
  });

  it('is linked from the Zoho CRM card of App & Integrations', async () => {
    stubActivityPage([doneEvent()], {
      'GET /api/tenants/acme/integrations': { body: integrationsBody('connected') },
    });
    const user = userEvent.setup();
    renderApp({ url: '/integrations' });

    await user.click(await screen.findByRole('link', { name: 'Activity log of Zoho CRM' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Activity log' })).toBeDefined();
    expect(window.location.pathname).toBe('/integrations/zoho-crm/activity');
  });

  it('says so when there are no events yet', async () => {
    stubActivityPage([]);
    renderApp({ url: URL_ });
    expect(await screen.findByRole('heading', { name: 'No events yet' })).toBeDefined();
  });

  it('says so when filters match nothing', async () => {
    stubActivityPage([], { [LIST]: { body: listBody([], 0) } });
    renderApp({ url: `${URL_}?status=failed` });
    expect(await screen.findByText('No events match these filters.')).toBeDefined();
  });
});
