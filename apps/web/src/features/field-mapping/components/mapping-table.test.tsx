import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorBody } from '@/testing/fixtures';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { api, metadataBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

async function openLeads() {
  const view = await renderSettings();
  await metadataSettled();
  return { ...view, leads: group(view.panel, 'Leads') };
}

describe('field mapping', () => {
  it('shows a new row that has no Zoho field as an error on that exact row, linked from the summary', async () => {
    const stub = stubSettingsApi();
    const { user, leads } = await openLeads();

    await user.click(within(leads).getByRole('button', { name: 'Add mapping row' }));
    const row = within(leads).getByRole('group', { name: 'Row 5' });
    const zohoField = within(row).getByRole('combobox', { name: 'Zoho field' });
    expect(document.activeElement).toBe(zohoField);
    expect(screen.getByText('Row 5 added to Leads.')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(zohoField.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(zohoField.getAttribute('aria-describedby') ?? '');
    expect(error?.textContent).toBe('Fill in this field.');
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    const link = within(summary).getByRole('link', {
      name: 'Web Chat › Field mapping › Leads › Row 5 › Zoho field',
    });
    // Nothing was sent: the form schema is the server's schema.
    expect(stub.requests.some((request) => request.method === 'PUT')).toBe(false);
    // The other rows are fine.
    const first = within(leads).getByRole('group', { name: 'Row 1' });
    expect(
      within(first).getByRole('combobox', { name: 'Zoho field' }).getAttribute('aria-invalid'),
    ).toBeNull();

    await user.click(link);
    expect(document.activeElement).toBe(zohoField);
  });

  it('reports a Zoho field mapped twice on the second row, naming the first', async () => {
    stubSettingsApi();
    const { user, leads } = await openLeads();
    await user.click(within(leads).getByRole('button', { name: 'Add mapping row' }));
    const row = within(leads).getByRole('group', { name: 'Row 5' });

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Zoho field' }), 'Email (Email)');
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Conversation field' }),
      'Visitor e-mail',
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(within(row).getByText('Email is already mapped in row 2.')).toBeDefined();
    expect(
      within(within(leads).getByRole('group', { name: 'Row 2' })).queryByText(/already mapped/),
    ).toBeNull();
  });

  it('checks a row against its Zoho field type inline and lists unmapped mandatory fields', async () => {
    stubSettingsApi();
    const { user, leads } = await openLeads();
    const row = within(leads).getByRole('group', { name: 'Row 1' });

    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Zoho field' }),
      'No of Employees (No_of_Employees)',
    );

    expect(
      within(row).getByText('A text value cannot be written into No_of_Employees (integer).'),
    ).toBeDefined();
    expect(within(leads).getByText('Mandatory field Last Name (Last_Name) is not mapped.')).toBeDefined();
  });

  it('shows a module whose metadata failed as a failure with Zoho’s reason, never as "no fields"', async () => {
    stubSettingsApi({
      [`GET ${api('/zoho/metadata')}`]: {
        body: metadataBody({
          without: ['Leads'],
          failures: [
            { module: 'Leads', code: 'NO_PERMISSION', message: 'permission denied to read Leads fields' },
          ],
        }),
      },
    });
    const { leads, panel } = await openLeads();

    expect(
      await within(leads).findByText(/Could not load Leads fields: permission denied to read Leads fields/),
    ).toBeDefined();
    // The API name can still be typed; the row keeps its value.
    const row = within(leads).getByRole('group', { name: 'Row 1' });
    const input = within(row).getByRole('textbox', { name: 'Zoho field' });
    expect((input as HTMLInputElement).value).toBe('Last_Name');
    // Tasks loaded fine: a list of fields, not a failure.
    const tasks = group(panel, 'Tasks');
    expect(within(tasks).queryByText(/Could not load/)).toBeNull();
    expect(
      within(within(tasks).getByRole('group', { name: 'Row 1' })).getByRole('combobox', {
        name: 'Zoho field',
      }),
    ).toBeDefined();
  });

  it('says so when the whole metadata request fails, and offers to load it again', async () => {
    let calls = 0;
    stubSettingsApi({
      [`GET ${api('/zoho/metadata')}`]: () => {
        calls += 1;
        return calls === 1
          ? { status: 502, body: { error: { code: 'UPSTREAM_UNAVAILABLE', message: 'Zoho down' } } }
          : { body: metadataBody() };
      },
    });
    const { user, leads } = await openLeads();

    expect(
      await screen.findByText(
        /The fields and users of your Zoho CRM could not be loaded: The server ran into a problem/,
      ),
    ).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Load again' }));

    await metadataSettled();
    const row = group(leads, 'Row 1');
    expect(
      within(row).getByRole('option', { name: 'UTM Source (rs_utm_source), custom field' }),
    ).toBeDefined();
  });

  it('reads the fields from Zoho again on request (after a field was created there), past the cache', async () => {
    const searches: string[] = [];
    stubSettingsApi({
      [`GET ${api('/zoho/metadata')}`]: (request) => {
        const search = new URL(request.url).search;
        searches.push(search);
        return {
          body:
            search === '?refresh=1'
              ? metadataBody()
              : metadataBody({
                  without: ['Leads'],
                  failures: [{ module: 'Leads', code: 'INTERNAL_ERROR', message: 'Zoho had a hiccup' }],
                }),
        };
      },
    });
    const { user, leads } = await openLeads();
    expect(within(leads).getByText(/Could not load Leads fields: Zoho had a hiccup/)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Reload fields from Zoho' }));

    expect(await screen.findByText('Fields and users reloaded from Zoho CRM.')).toBeDefined();
    expect(searches).toEqual(['', '?refresh=1']);
    expect(within(leads).queryByText(/Could not load/)).toBeNull();
    expect(within(group(leads, 'Row 1')).getByRole('combobox', { name: 'Zoho field' })).toBeDefined();
  });

  it('explains a tenant without a Zoho connection instead of failing, and links to the connection', async () => {
    stubSettingsApi({ [`GET ${api('/zoho/metadata')}`]: errorBody('CONFLICT') });
    const { leads } = await openLeads();

    expect(screen.getByText(/Zoho CRM is not connected, or needs connecting again/)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Go to the Zoho CRM connection' }).getAttribute('href')).toBe(
      '/integrations/zoho-crm',
    );
    expect(within(group(leads, 'Row 1')).getByRole('textbox', { name: 'Zoho field' })).toBeDefined();
  });
});
