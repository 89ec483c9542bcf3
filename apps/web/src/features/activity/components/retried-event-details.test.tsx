import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { detailBody, failedEvent, stubActivityPage } from '../testing/activity-fixtures';

describe('activity log: an event a retry planned again', () => {
  it('shows what the earlier plan did under its own heading', async () => {
    const event = failedEvent();
    const detail = detailBody(event);
    const task = {
      step: 2,
      role: 'activity' as const,
      module: 'Tasks' as const,
      kind: 'create' as const,
      fields: { Subject: 'Chat' },
      links: [],
      payload: {},
    };
    const body = {
      ...detail,
      previousOperations: [
        { ...detail.operations[0], replacedAt: '2026-11-21T10:05:00Z' },
        {
          step: 2,
          status: 'failed',
          operation: task,
          recordId: null,
          webUrl: null,
          error: { code: 'INVALID_DATA', message: 'Due_Date', module: 'Tasks', field: 'Due_Date', step: 2 },
          replacedAt: '2026-11-21T10:05:00Z',
        },
      ],
    };
    stubActivityPage([event], { [`GET /api/tenants/acme/activity/${event.id}`]: { body } });
    const user = userEvent.setup();
    renderApp({ url: '/integrations/zoho-crm/activity' });

    await user.click(await screen.findByRole('button', { name: `Details of event ${event.eventId}` }));
    const heading = await screen.findByRole('heading', { name: 'Before the retry' });
    const section = heading.closest('.subsection') as HTMLElement;
    expect(section.textContent).toContain('A retry planned this event again');
    expect(within(section).getByRole('link', { name: /Created Lead 4001/ })).toBeDefined();
    expect(section.textContent).toContain('Create Task');
    expect(section.textContent).toContain('Failed');
    expect(section.textContent).toContain('replaced');
  });
});
