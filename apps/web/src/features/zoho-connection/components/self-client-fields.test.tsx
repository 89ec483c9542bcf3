import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { descriptionOf } from '@/testing/a11y';
import type { StubResponse } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render-app';
import { connectedBody, connectionBody } from '@/testing/zoho-fixtures';
import { stubZohoPage } from '@/testing/zoho-page';

const URL_ = '/integrations/zoho-crm';

function validationError(issues: { path: string[]; message: string; code: string }[]): StubResponse {
  return {
    status: 400,
    body: apiErrorSchema.parse({ error: { code: 'VALIDATION_FAILED', message: 'invalid', issues } }),
  };
}

describe('Self Client code', () => {
  it('Self Client: says where to generate the code and which scopes to tick, redeems it, explains a refusal', async () => {
    const SELF = 'POST /api/tenants/acme/zoho/self-client';
    let calls = 0;
    const { bodyOf } = stubZohoPage(connectionBody(), (server) => ({
      [SELF]: () => {
        calls += 1;
        if (calls === 1) {
          return validationError([{ path: ['code'], message: 'invalid_code', code: 'invalid_code' }]);
        }
        server.connection = connectedBody();
        return { body: server.connection };
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('radio', { name: 'Self Client code' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data center' }), 'Europe');

    const help = screen.getByText(/Self Client › Generate Code/);
    expect(help.textContent).toContain('api-console.zoho.eu');
    const scopes = within(screen.getByRole('list', { name: 'Scopes to tick' })).getAllByRole('listitem');
    expect(scopes.map((scope) => scope.textContent)).toEqual([
      'ZohoCRM.modules.ALL',
      'ZohoCRM.settings.ALL',
      'ZohoCRM.users.READ',
      'ZohoCRM.org.READ',
      'ZohoCRM.coql.READ',
      'ZohoCRM.notifications.ALL',
    ]);
    expect(screen.queryByRole('textbox', { name: 'Authorized Redirect URL' })).toBeNull();

    await user.type(screen.getByRole('textbox', { name: 'Client ID' }), '1000.SELF');
    await user.type(screen.getByLabelText('Client Secret'), 'self-secret');
    const code = screen.getByRole('textbox', { name: 'Grant code' });
    await user.type(code, '1000.expired.code');
    await user.click(screen.getByRole('button', { name: 'Connect with code' }));

    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(code)).toContain('codes live about 2 minutes and work only once');
    expect(await bodyOf(SELF)).toEqual({
      dataCenterId: 'eu',
      clientId: '1000.SELF',
      clientSecret: 'self-secret',
      code: '1000.expired.code',
    });

    await user.clear(code);
    await user.type(code, '1000.fresh.code.123');
    await user.click(screen.getByRole('button', { name: 'Connect with code' }));

    expect(await screen.findByText('The code was redeemed.')).toBeDefined();
    expect(await screen.findByRole('article', { name: 'Acme Zoho Org' })).toBeDefined();
    expect(code).toHaveProperty('value', '');
  });
});
