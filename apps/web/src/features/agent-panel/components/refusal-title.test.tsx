import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema, type ErrorCode, type FieldIssue } from '@cxc/shared/api/errors';
import { renderApp } from '@/testing/render-app';
import { leadFormBody, stubPanel } from '../testing/panel-fixtures';

const URL_ = '/agent/conversation?name=Ada+Lovelace&email=ada%40example.org&conversationId=c-9';
const CREATE = 'POST /api/tenants/acme/agent-panel/actions/create_lead';
const ADA_URL = 'https://crm.zoho.eu/crm/tab/Leads/5117';

function refusal(status: number, code: ErrorCode, issues: FieldIssue[]) {
  return { status, body: apiErrorSchema.parse({ error: { code, message: 'refused', issues } }) };
}

const duplicateIssues = (params: Record<string, string>): FieldIssue[] => [
  { path: [], code: 'duplicate_record', message: 'already there', params },
  { path: ['values', 'Email'], code: 'DUPLICATE_DATA', message: 'duplicate', params: {} },
];

const BUTTONS: Record<'en' | 'de', [string, string]> = {
  en: ['Create lead', 'Save to Zoho CRM'],
  de: ['Lead anlegen', 'In Zoho CRM speichern'],
};

async function submitRefused(answer: ReturnType<typeof refusal>, language: 'en' | 'de' = 'en') {
  stubPanel({
    'GET /api/tenants/acme/agent-panel/forms/create_lead': { body: leadFormBody() },
    [CREATE]: answer,
  });
  const user = userEvent.setup();
  renderApp({ url: URL_, language });
  const [create, save] = BUTTONS[language];
  await user.click(await screen.findByRole('button', { name: create }));
  await user.click(await screen.findByRole('button', { name: save }));
  return screen.findByRole('alert');
}

describe('a refused create says what happened', () => {
  it('names and links the person Zoho already has, and marks the field', async () => {
    const alert = await submitRefused(
      refusal(
        400,
        'VALIDATION_FAILED',
        duplicateIssues({ module: 'Leads', id: '5117', url: ADA_URL, name: 'Ada Lovelace', field: 'Email' }),
      ),
    );
    expect(alert.querySelector('.form-summary__title')?.textContent).toBe(
      'This person is already in Zoho CRM: Ada Lovelace',
    );
    const link = within(alert).getByRole('link', { name: 'Ada Lovelace' });
    expect(link.getAttribute('href')).toBe(ADA_URL);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(alert.textContent).toContain('Open that record instead of creating another one');
    expect(within(alert).getByRole('link', { name: 'Email' })).toBeDefined();
  });

  it('links the record by module and id when Zoho gave no name, in German', async () => {
    const alert = await submitRefused(
      refusal(400, 'VALIDATION_FAILED', duplicateIssues({ module: 'Contacts', id: '6001', url: ADA_URL })),
      'de',
    );
    expect(alert.querySelector('.form-summary__title')?.textContent).toBe(
      'Diese Person ist bereits in Zoho CRM: Kontakt 6001',
    );
  });

  it('says a record may already exist after a lost answer, not "an unexpected error"', async () => {
    const alert = await submitRefused(
      refusal(409, 'CONFLICT', [{ path: ['requestId'], code: 'may_exist', message: 'may exist' }]),
    );
    expect(alert.querySelector('.form-summary__title')?.textContent).toBe(
      'This record may already be in Zoho CRM.',
    );
  });

  it('keeps the generic title for a refusal that is no duplicate', async () => {
    const alert = await submitRefused(
      refusal(400, 'VALIDATION_FAILED', [
        { path: ['values', 'Email'], code: 'INVALID_DATA', message: 'invalid', params: {} },
      ]),
    );
    expect(alert.querySelector('.form-summary__title')?.textContent).toBe('Please correct the following:');
  });
});
