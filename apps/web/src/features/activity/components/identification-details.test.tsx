import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ActivityIdentification } from '@cxc/shared/api/activity';
import type { Language } from '@/lib/i18n/languages';
import { renderApp } from '@/testing/render-app';
import { detailBody, eventBody, stubActivityPage } from '../testing/activity-fixtures';

const URL_ = '/integrations/zoho-crm/activity';

const found: ActivityIdentification = {
  test: false,
  searches: [
    {
      module: 'Contacts',
      rule: 'email',
      query: { by: 'email', module: 'Contacts', email: 'ada@example.com' },
      resultIds: ['5117267000001000005', '5117267000001000009'],
      matchedIds: ['5117267000001000005'],
    },
  ],
  identified: {
    outcome: 'found',
    module: 'Contacts',
    recordId: '5117267000001000005',
    via: 'email',
    candidates: ['5117267000001000005'],
  },
  names: { '5117267000001000005': 'Ada Lovelace' },
};

async function openDetails(identification: ActivityIdentification | null, language: Language = 'en') {
  const event = eventBody();
  const body = { ...detailBody(event), identification };
  stubActivityPage([event], { [`GET /api/tenants/acme/activity/${event.id}`]: { body } });
  const user = userEvent.setup();
  renderApp({ url: URL_, language });
  await user.click(await screen.findByRole('button', { name: new RegExp(event.eventId) }));
}

const section = async (name: string) =>
  (await screen.findByRole('heading', { name })).closest('.subsection') as HTMLElement;

describe('event details: who was matched and why', () => {
  it('names the record found, the rule and the value, and why another result was not chosen', async () => {
    await openDetails(found);
    const text = (await section('Who was matched and why')).textContent ?? '';
    expect(text).toContain('Found the Contact Ada Lovelace');
    expect(text).toContain('by e-mail.');
    expect(text).toContain('Contact by e-mail “ada@example.com”: Zoho returned 2, 1 matched exactly.');
    expect(text).toContain('Not chosen, because they did not match exactly: 5117267000001000009');
    expect(screen.getByTitle('5117267000001000005').textContent).toContain('Ada Lovelace');
  });

  it('says that nothing matched and a record is created', async () => {
    await openDetails({ ...found, identified: { outcome: 'not_found' }, names: {} });
    expect((await section('Who was matched and why')).textContent).toContain(
      'No record matched any identification rule, so the automation creates a new one.',
    );
  });

  it.each([
    ['de', 'Wer gefunden wurde und warum', 'gefunden über E-Mail.'],
    ['ja', '一致したレコードとその理由', 'メールアドレスで連絡先 Ada Lovelace'],
    ['ru', 'Кто найден и почему', 'по правилу «электронная почта»'],
  ] as const)('in %s', async (language, heading, words) => {
    await openDetails(found, language);
    expect((await section(heading)).textContent).toContain(words);
  });
});
