import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { MatchReview } from '@cxc/shared/api/match-reviews';
import type { Language } from '@/lib/i18n/languages';
import { createQueryClient } from '@/lib/query-client';
import { createTestI18n } from '@/testing/create-test-i18n';
import { stubFetch } from '@/testing/fetch-stub';
import { ReviewQueue } from './review-queue';

const candidate = {
  email: 'ada@example.com',
  phone: null,
  owner: null,
  account: null,
  modifiedTime: null,
};
const review: MatchReview = {
  id: '6f1c2a70-7d1e-4a39-9a57-0d3c1b9e2f10',
  eventId: 'evt-1',
  eventType: 'chat.ended',
  conversationId: 'conv-1',
  channel: 'web_chat',
  module: 'Contacts',
  visitor: { name: 'Ada Lovelace', email: 'ada@example.com', phone: null },
  candidates: [
    { ...candidate, id: '1001', name: 'Ada Lovelace' },
    { ...candidate, id: '1002', name: 'Ada King' },
  ],
  status: 'open',
  choice: null,
  resolvedBy: null,
  resolvedAt: null,
  createdAt: '2026-12-07T10:00:00.000Z',
};

function openQueue(language: Language) {
  stubFetch({ 'GET /api/tenants/acme/match-reviews': { body: { reviews: [review], total: 1 } } });
  render(
    <I18nextProvider i18n={createTestI18n(language)}>
      <QueryClientProvider client={createQueryClient()}>
        <ReviewQueue tenantId="acme" />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('review queue: the module and channel in the reader’s language', () => {
  it('names the module as the settings do (English)', async () => {
    openQueue('en');
    expect(
      await screen.findByRole('form', { name: '2 Contacts match Ada Lovelace, ada@example.com' }),
    ).toBeDefined();
    expect(screen.getByText(/\(Web Chat, /)).toBeDefined();
  });

  it.each([
    [
      'de',
      '2 Kontakte passen zu Ada Lovelace, ada@example.com',
      'Keiner davon: einen neuen Datensatz in Kontakte anlegen',
    ],
    [
      'ja',
      'Ada Lovelace, ada@example.com に一致する 連絡先: 2 件',
      'どれでもない: 連絡先 に新しいレコードを作成する',
    ],
    [
      'ru',
      'Ada Lovelace, ada@example.com: подходят записи модуля «Контакты» (2)',
      'Никто из них: создать новую запись в модуле «Контакты»',
    ],
  ] as const)('never shows the raw API name (%s)', async (language, title, createNew) => {
    openQueue(language);
    expect(await screen.findByRole('form', { name: title })).toBeDefined();
    expect(screen.getByLabelText(createNew)).toBeDefined();
  });
});
