import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { detailBody, doneEvent, eventBody, stubActivityPage } from '../testing/activity-fixtures';

const URL_ = '/integrations/zoho-crm/activity';

describe('a test conversation in the activity log', () => {
  it('carries a Test badge in its row and says what that means in its details', async () => {
    const test = eventBody({
      ...doneEvent(),
      id: '0d5f1f2e-8c1a-4c8e-9a51-3f1f4a9e0042',
      eventId: 'test-42',
      visitor: { name: 'Test visitor 7F3KQ2M9', email: 'test-7f3kq2m9@example.invalid', phone: null },
      test: true,
    });
    stubActivityPage([test, doneEvent()], {
      [`GET /api/tenants/acme/activity/${test.id}`]: { body: detailBody(test) },
    });
    const user = userEvent.setup();
    renderApp({ url: URL_ });

    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    const testRow = rows.find((r) => r.textContent?.includes('Test visitor 7F3KQ2M9'));
    const realRow = rows.find((r) => r.textContent?.includes('Jane Roe'));
    expect(within(testRow as HTMLElement).getByRole('rowheader').textContent).toContain('Test');
    expect(within(realRow as HTMLElement).getByRole('rowheader').textContent).not.toContain('Test');

    await user.click(screen.getByRole('button', { name: 'Details of event test-42' }));
    expect(
      await screen.findByText(/Test conversation: a synthetic visitor\. Nothing existing in Zoho CRM/),
    ).toBeDefined();
    expect(screen.getByText(/marked “\[Test\]” and are safe to delete/)).toBeDefined();
  });
});
