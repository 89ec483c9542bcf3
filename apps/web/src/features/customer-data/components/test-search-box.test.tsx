import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/i18n/languages';
import { createQueryClient } from '@/lib/query-client';
import { createTestI18n } from '@/testing/create-test-i18n';
import { stubFetch } from '@/testing/fetch-stub';
import { TestSearchBox } from './test-search-box';

async function searchWhileZohoFails(zohoError: string, language: Language) {
  stubFetch({
    'GET /api/tenants/acme/customer-data/test-search': {
      body: { by: 'email', mirror: [], zoho: [], zohoError, mirrorAsOf: null },
    },
  });
  const i18n = createTestI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>
        <TestSearchBox tenantId="acme" />
      </QueryClientProvider>
    </I18nextProvider>,
  );
  const user = userEvent.setup();
  await user.type(await screen.findByRole('searchbox'), 'jane@example.com');
  await user.keyboard('{Enter}');
  return (await screen.findByRole('alert')).textContent;
}

describe('customer data test search: why Zoho could not be asked', () => {
  it('says a known reason in the admin’s language', async () => {
    expect(await searchWhileZohoFails('needs_reconnect', 'en')).toBe(
      'Zoho CRM could not be asked: the connection must be renewed. Reconnect it on the Zoho CRM page.',
    );
  });

  it('translates it (German), never showing the server’s English', async () => {
    const text = await searchWhileZohoFails('zoho_unreachable', 'de');
    expect(text).toBe('Zoho CRM war nicht erreichbar. Versuchen Sie es gleich noch einmal.');
  });

  it('keeps an unknown Zoho code as Zoho wrote it, inside translated words', async () => {
    expect(await searchWhileZohoFails('INVALID_QUERY', 'ja')).toBe(
      'Zoho CRM に問い合わせできませんでした（応答：INVALID_QUERY）。',
    );
  });
});
