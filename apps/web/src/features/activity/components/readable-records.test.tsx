import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { detailBody, eventBody, stubActivityPage } from '../testing/activity-fixtures';

const URL_ = '/integrations/zoho-crm/activity';

const named = () =>
  eventBody({
    records: [
      {
        step: 1,
        module: 'Leads',
        role: 'person',
        action: 'created',
        recordId: '5117267000001000005',
        name: 'Ada Lovelace',
        webUrl: 'https://crm.zoho.com/crm/tab/Leads/5117267000001000005',
      },
      { step: 2, module: 'Tasks', role: 'activity', action: 'updated', recordId: '4002', webUrl: null },
    ],
  });

describe('activity log: records by name', () => {
  it('names each record as Zoho shows it, with the id on hover and for screen readers', async () => {
    stubActivityPage([named()]);
    renderApp({ url: URL_ });
    const table = await screen.findByRole('table', { name: /Activity log/ });
    const lead = within(table).getByRole('link', { name: /Created Lead “Ada Lovelace”/ });
    expect(lead.getAttribute('title')).toBe('Zoho record ID 5117267000001000005');
    expect(lead.textContent).toContain('5117267000001000005');
    // Without a name (an update that left it alone) the id is the only thing to show.
    const task = within(table).getByText(/Updated Task 4002/);
    expect(task.getAttribute('title')).toBeNull();
  });

  it('names the records in the details too', async () => {
    const event = named();
    const detail = detailBody(event);
    const body = {
      ...detail,
      operations: detail.operations.map((op) => ({ ...op, name: 'Ada Lovelace' })),
    };
    stubActivityPage([event], { [`GET /api/tenants/acme/activity/${event.id}`]: { body } });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: `Details of event ${event.eventId}` }));
    const heading = await screen.findByRole('heading', { name: 'Operations' });
    const section = heading.closest('.subsection') as HTMLElement;
    expect(within(section).getByText(/“Ada Lovelace”/)).toBeDefined();
  });

  it('says a switched-off channel was skipped before any rule, not that no rule matched', async () => {
    const off = eventBody({ status: 'skipped', skipReason: 'channel_disabled', rule: null, attempts: 0 });
    const unmatched = eventBody({
      id: '0d5f1f2e-8c1a-4c8e-9a51-3f1f4a9e0009',
      eventId: 'evt-9',
      status: 'skipped',
      skipReason: 'no_rule_matched',
      rule: null,
      attempts: 0,
    });
    stubActivityPage([off, unmatched]);
    renderApp({ url: URL_ });
    const table = await screen.findByRole('table', { name: /Activity log/ });
    const [, offRow, unmatchedRow] = within(table).getAllByRole('row');
    expect(offRow?.textContent).toContain('The channel is switched off.');
    expect(offRow?.textContent).toContain('Not evaluated');
    expect(offRow?.textContent).not.toContain('No rule');
    expect(offRow?.textContent).not.toContain('by a rule');
    expect(unmatchedRow?.textContent).toContain('No rule');
  });

  it('shows when an event came in the tenant’s time zone', async () => {
    stubActivityPage([named()], {
      'GET /api/me': { body: { ...meBody('tenant_admin'), timeZone: 'Asia/Tokyo' } },
    });
    renderApp({ url: URL_ });
    const table = await screen.findByRole('table', { name: /Activity log/ });
    const time = table.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-11-20T10:00:01.000Z');
    expect(time?.textContent).toBe('Nov 20, 2026, 7:00 PM');
  });

  it('says which rule decided and why the one before it did not, in words', async () => {
    const event = named();
    const base = detailBody(event);
    const body = {
      ...base,
      evaluations: [
        {
          ruleId: 'r-missed',
          ruleName: 'Ended chats only',
          passed: false,
          failedCondition: { at: 'trigger', expected: 'chat.started', actual: 'chat.ended' },
        },
        ...base.evaluations,
      ],
    };
    stubActivityPage([event], { [`GET /api/tenants/acme/activity/${event.id}`]: { body } });
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: `Details of event ${event.eventId}` }));
    const heading = await screen.findByRole('heading', { name: 'Rule evaluations' });
    const section = heading.closest('.subsection') as HTMLElement;
    expect(section.textContent).toContain('Rule “Every chat” decided what was written');
    expect(section.textContent).toContain('Rules before it were tried first and did not fit');
    expect(section.textContent).toContain('Condition 1 (Queue) was not met; the value was Support.');
    expect(section.textContent).not.toContain('(queue)');
    expect(section.textContent).not.toContain('chat.started');
  });
});
