import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, settingsBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

async function openValues(settings = defaultSettings()) {
  const stub = stubSettingsApi({
    [`GET ${api('/settings')}`]: { body: settingsBody(settings) },
    [`PUT ${api('/settings')}`]: echoSave(7),
  });
  const view = await renderSettings('?tab=records');
  await metadataSettled();
  return { ...view, stub, values: group(view.panel, 'Disposition values') };
}

const sent = async (requests: Request[]) =>
  endpointBody(saveSettings).parse(await sentBody(requests, 'PUT')).settings.records.lateData.disposition;

describe('late call data: disposition → Call_Result', () => {
  it('maps a code to one of Zoho’s own Call_Result values and saves it', async () => {
    const { user, stub, values } = await openValues();
    expect(within(values).getByText('No disposition is mapped yet.')).toBeDefined();
    await user.click(within(values).getByRole('button', { name: 'Add a disposition' }));
    const row = within(values).getByRole('group', { name: 'Disposition 1' });
    await user.type(within(row).getByRole('textbox', { name: 'Code from the platform' }), 'cb-1');
    const value = within(row).getByRole('combobox', { name: 'Written to Zoho as' });
    // Chosen from the field's values, never typed: Zoho refuses any other with INVALID_DATA.
    expect(
      within(value)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose…', 'Interested', 'Busy', 'Requested more info']);
    await user.selectOptions(value, 'Requested more info');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 7.');
    expect((await sent(stub.requests)).values).toEqual({ 'cb-1': 'Requested more info' });
  });

  it('says on the row what is missing or typed twice, and saves only the complete, first rows', async () => {
    const settings = defaultSettings();
    settings.records.lateData.disposition.values = { busy: 'Busy' };
    settings.records.lateData.disposition.followUpTask.enabled = true;
    const { user, stub, values } = await openValues(settings);
    const first = within(values).getByRole('group', { name: 'Disposition 1' });
    expect(within(first).getByRole<HTMLInputElement>('textbox').value).toBe('busy');
    await user.click(within(values).getByRole('button', { name: 'Add a disposition' }));
    const second = within(values).getByRole('group', { name: 'Disposition 2' });
    const code = within(second).getByRole('textbox', { name: 'Code from the platform' });
    await user.type(code, 'busy');
    expect(within(second).getByText('This code is already mapped above.')).toBeDefined();
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(within(second).getByText('Choose the value Zoho gets.')).toBeDefined();
    await user.clear(code);
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Written to Zoho as' }), 'Busy');
    expect(within(second).getByText('Enter the code the platform sends.')).toBeDefined();
    await user.click(within(second).getByRole('button', { name: 'Remove disposition 2' }));
    expect(within(values).queryByRole('group', { name: 'Disposition 2' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 7.');
    const disposition = await sent(stub.requests);
    expect(disposition.values).toEqual({ busy: 'Busy' });
    expect(disposition.followUpTask.enabled).toBe(true);
  });

  it('takes free text for a text field the admin chose, and keeps a saved value Zoho no longer has', async () => {
    const settings = defaultSettings();
    settings.records.lateData.disposition = {
      ...settings.records.lateData.disposition,
      values: { gone: 'Old result' },
    };
    const { user, values } = await openValues(settings);
    const row = within(values).getByRole('group', { name: 'Disposition 1' });
    const value = within(row).getByRole<HTMLSelectElement>('combobox', { name: 'Written to Zoho as' });
    expect(value.value).toBe('Old result');
    expect(within(value).getByRole('option', { name: 'Old result (not found in Zoho)' })).toBeDefined();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'The agent’s disposition is written to' }),
      'Call Agenda (Call_Agenda)',
    );
    expect(within(row).getByRole('textbox', { name: 'Written to Zoho as' })).toBeDefined();
  });
});
