import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiErrorSchema } from '@cxc/shared/api/errors';
import { connectionConfigInputSchema } from '@cxc/shared/api/zoho-connection';
import { deferred, descriptionOf } from '@/testing/a11y';
import type { StubResponse } from '@/testing/fetch-stub';
import { renderApp } from '@/testing/render-app';
import { connectedBody, connectionBody, dcOption } from '@/testing/zoho-fixtures';
import { requestsTo, stubZohoPage } from '@/testing/zoho-page';

const URL_ = '/integrations/zoho-crm';
const PUT_CONFIG = 'PUT /api/tenants/acme/zoho/config';

function validationError(issues: { path: string[]; message: string; code: string }[]): StubResponse {
  return {
    status: 400,
    body: apiErrorSchema.parse({
      error: { code: 'VALIDATION_FAILED', message: 'invalid', issues, correlationId: 'c-400' },
    }),
  };
}

async function chooseCustom(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('radio', { name: 'Custom configuration' }));
}

describe('Zoho CRM settings form', () => {
  it('fills and shows the accounts server and CRM API address from the chosen data center', async () => {
    stubZohoPage(connectionBody());
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await chooseCustom(user);
    const select = screen.getByRole('combobox', { name: 'Data center' });

    const labels = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(labels).toEqual([
      'Choose a data center',
      'United States',
      'Europe',
      'India',
      'Australia',
      'Japan',
      'China',
      'Canada',
      'Saudi Arabia',
      'Simulator — United States',
      'Simulator — Europe',
    ]);
    await user.selectOptions(select, 'Canada');
    expect(descriptionOf(select)).toContain('https://accounts.zohocloud.ca');
    expect(descriptionOf(select)).toContain('https://www.zohoapis.ca');

    await user.selectOptions(select, 'Simulator — Europe');
    expect(descriptionOf(select)).toContain(dcOption('eu', true).accountsUrl);
  });

  it('offers the system configuration only for the data centers the platform set up', async () => {
    stubZohoPage(connectionBody({ systemDataCenters: [dcOption('eu')] }));
    const user = userEvent.setup();
    renderApp({ url: URL_ });

    const system = await screen.findByRole('radio', { name: 'System configuration' });
    expect((system as HTMLInputElement).checked).toBe(true);
    expect(descriptionOf(system)).toContain('Offered for: Europe.');
    const options = within(screen.getByRole('combobox', { name: 'Data center' })).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Choose a data center', 'Europe']);
    // The only DC is preselected when switching to it.
    await chooseCustom(user);
    await user.click(screen.getByRole('radio', { name: 'System configuration' }));
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Data center' }).value).toBe('eu');
  });

  it('disables the system configuration, with the reason, when the platform has none', async () => {
    stubZohoPage(connectionBody({ systemDataCenters: [] }));
    renderApp({ url: URL_ });

    const system = await screen.findByRole('radio', { name: 'System configuration' });
    expect((system as HTMLInputElement).disabled).toBe(true);
    expect(descriptionOf(system)).toContain('has not set up a Zoho client');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Custom configuration' }).checked).toBe(true);
  });

  it('checks advanced addresses against Zoho’s official hosts before sending anything', async () => {
    const { stub } = stubZohoPage(connectionBody());
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await chooseCustom(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data center' }), 'Europe');
    await user.type(screen.getByRole('textbox', { name: 'Client ID' }), '1000.ABC');
    await user.type(screen.getByLabelText('Client Secret'), 'secret');
    await user.click(screen.getByRole('checkbox', { name: 'Use other Zoho addresses (advanced)' }));

    const accounts = screen.getByRole('textbox', { name: 'Accounts server' });
    expect((accounts as HTMLInputElement).value).toBe('https://accounts.zoho.eu');
    await user.clear(accounts);
    await user.type(accounts, 'https://accounts.evil.example');
    await user.click(screen.getByRole('button', { name: 'Save configuration' }));

    const message = 'Only Zoho’s own addresses are allowed, e.g. https://accounts.zoho.eu.';
    expect(accounts.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(accounts)).toContain(message);
    expect(document.activeElement).toBe(accounts);
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Accounts server' }).getAttribute('href')).toBe(
      `#${accounts.id}`,
    );
    expect(screen.getByRole('textbox', { name: 'CRM API address' }).getAttribute('aria-invalid')).toBeNull();
    expect(requestsTo(stub, PUT_CONFIG)).toHaveLength(0);
  });

  it('shows server issues on the exact field, explains Zoho’s codes, and keeps what was typed', async () => {
    stubZohoPage(connectionBody(), () => ({
      [PUT_CONFIG]: validationError([
        { path: ['clientId'], message: 'Unknown client', code: 'invalid_client' },
        { path: ['clientSecret'], message: 'Secret does not match', code: 'custom' },
      ]),
    }));
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await chooseCustom(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data center' }), 'Europe');
    await user.type(screen.getByRole('textbox', { name: 'Client ID' }), '1000.TYPO');
    await user.type(screen.getByLabelText('Client Secret'), 'typed-secret');

    await user.click(screen.getByRole('button', { name: 'Save configuration' }));

    const clientId = screen.getByRole('textbox', { name: 'Client ID' });
    await waitFor(() => expect(clientId.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(clientId)).toContain('enable “Multi DC” for this data center (Europe)');
    const secret = screen.getByLabelText('Client Secret');
    expect(descriptionOf(secret)).toContain('Secret does not match');
    expect((clientId as HTMLInputElement).value).toBe('1000.TYPO');
    expect((secret as HTMLInputElement).value).toBe('typed-secret');
    expect(document.activeElement).toBe(clientId);
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain('Please correct the following:');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Client ID', 'Client Secret']);
  });

  it('shows a failure no field can hold in the summary, with its reference', async () => {
    stubZohoPage(connectionBody(), () => ({
      [PUT_CONFIG]: {
        status: 502,
        body: apiErrorSchema.parse({
          error: { code: 'UPSTREAM_UNAVAILABLE', message: 'x', correlationId: 'c-502' },
        }),
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.click(await screen.findByRole('button', { name: 'Save configuration' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Data center' }), 'Europe');
    await user.click(screen.getByRole('button', { name: 'Save configuration' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary.textContent).toContain('The server ran into a problem'));
    expect(summary.textContent).toContain('c-502');
  });

  it('shows progress while saving and sends one request however often it is clicked', async () => {
    const pending = deferred<StubResponse>();
    const { stub, server, bodyOf } = stubZohoPage(connectionBody(), (state) => ({
      [PUT_CONFIG]: async () => {
        const answer = await pending.promise;
        state.connection = answer.body as typeof state.connection;
        return answer;
      },
    }));
    const user = userEvent.setup();
    renderApp({ url: URL_ });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Data center' }), 'United States');

    const save = screen.getByRole('button', { name: 'Save configuration' });
    await user.click(save);
    const busy = await screen.findByRole('button', { name: 'Saving…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    await user.click(busy);
    await user.keyboard('{Enter}');
    expect(requestsTo(stub, PUT_CONFIG)).toHaveLength(1);

    pending.resolve({
      body: connectionBody({
        config: {
          kind: 'system',
          dataCenter: dcOption('us'),
          clientId: null,
          secretSet: false,
          accountsUrl: dcOption('us').accountsUrl,
          apiUrl: dcOption('us').apiUrl,
          selfClient: false,
        },
      }),
    });
    expect(await screen.findByText('Configuration saved.')).toBeDefined();
    expect(connectionConfigInputSchema.parse(await bodyOf(PUT_CONFIG))).toEqual({
      kind: 'system',
      dataCenterId: 'us',
    });
    expect(server.connection.config?.kind).toBe('system');
    // The connection section now offers to connect with what was saved.
    expect(await screen.findByRole('button', { name: 'Connect with Zoho' })).toBeDefined();
  });

  it('never shows the stored secret and leaves it out of the request unless a new one is typed', async () => {
    const { bodyOf } = stubZohoPage(connectedBody(), (state) => ({
      [PUT_CONFIG]: () => ({ body: state.connection }),
    }));
    const user = userEvent.setup();
    renderApp({ url: URL_ });

    const secret = await screen.findByLabelText('Client Secret');
    expect((secret as HTMLInputElement).value).toBe('');
    expect(secret.getAttribute('type')).toBe('password');
    expect(descriptionOf(secret)).toContain('A client secret is stored.');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Client ID' }).value).toBe('1000.CLIENTID');

    await user.click(screen.getByRole('button', { name: 'Save configuration' }));
    await screen.findByText('Configuration saved.');
    expect(await bodyOf(PUT_CONFIG)).toEqual({
      kind: 'custom',
      dataCenterId: 'eu',
      clientId: '1000.CLIENTID',
    });

    await user.type(secret, 'rotated');
    await user.click(screen.getByRole('button', { name: 'Save configuration' }));
    await waitFor(async () => expect(await bodyOf(PUT_CONFIG, 1)).toMatchObject({ clientSecret: 'rotated' }));
    expect((secret as HTMLInputElement).value).toBe('');
  });
});
