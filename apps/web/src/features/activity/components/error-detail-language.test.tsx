import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { failedEvent, stubActivityPage } from '../testing/activity-fixtures';

const URL_ = '/integrations/zoho-crm/activity';

/** A failed event whose explanation the BFF sent as a key and values (and in English beside them). */
const explainedFailure = (key: string, params: Record<string, string>) => {
  const event = failedEvent();
  return {
    ...event,
    error: {
      ...event.error!,
      message: 'English sentence from the server',
      detail: { key, params },
    },
  };
};

describe('activity log: our explanation of a failure in the user’s language', () => {
  it('says in German which field Zoho required, with the module named as the console names it', async () => {
    stubActivityPage([explainedFailure('mandatory', { module: 'Leads', field: 'Last_Name' })]);
    renderApp({ url: URL_, language: 'de' });
    const table = await screen.findByRole('table');
    const [, failed] = within(table).getAllByRole('row');
    expect(failed?.textContent).toContain('Zoho verlangt Last_Name bei Lead');
    expect(document.body.textContent).not.toContain('English sentence from the server');
  });

  it('keeps Zoho’s own words inside a Russian sentence', async () => {
    stubActivityPage([
      explainedFailure('refused', { code: 'INVALID_REQUEST', zohoMessage: 'the request is <b>bad</b>' }),
    ]);
    renderApp({ url: URL_, language: 'ru' });
    expect(
      await screen.findByText('Zoho CRM отклонил запрос: the request is <b>bad</b> (INVALID_REQUEST).'),
    ).toBeDefined();
  });

  it.each([
    ['en', 'Zoho’s answer'],
    ['de', 'Antwort von Zoho'],
    ['ja', 'Zoho の回答'],
    ['ru', 'Ответ Zoho'],
  ] as const)('labels Zoho’s own words in plain %s words', async (language, label) => {
    stubActivityPage([failedEvent()]);
    renderApp({ url: URL_, language });
    const term = await screen.findByText(label, { selector: 'dt' });
    expect(term.nextElementSibling?.textContent).toBe('required field not found');
  });

  it('falls back to the server’s English for a key this console does not know', async () => {
    stubActivityPage([explainedFailure('from_a_newer_server', {})]);
    renderApp({ url: URL_, language: 'ja' });
    expect(await screen.findByText('English sentence from the server')).toBeDefined();
  });
});
