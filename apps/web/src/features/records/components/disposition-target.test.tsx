import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import {
  api,
  echoSave,
  metadataBody,
  sentBody,
  settingsBody,
  stubSettingsApi,
} from '@/testing/settings/settings-fixtures';

const PICKER = 'The agent’s disposition is written to';

async function openRecords(settings = defaultSettings(), metadata = metadataBody()) {
  const stub = stubSettingsApi({
    [`GET ${api('/settings')}`]: { body: settingsBody(settings) },
    [`GET ${api('/zoho/metadata')}`]: { body: metadata },
    [`PUT ${api('/settings')}`]: echoSave(7),
  });
  const view = await renderSettings('?tab=records');
  await metadataSettled();
  return { ...view, stub, values: group(view.panel, 'Disposition values') };
}

const sent = async (requests: Request[]) =>
  endpointBody(saveSettings).parse(await sentBody(requests, 'PUT')).settings.records.lateData.disposition;

const optionNames = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('late call data: the field the disposition is written to', () => {
  it('lists the Calls fields a disposition suits, Call_Result chosen by default', async () => {
    await openRecords();
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: PICKER });
    expect(picker.value).toBe('Call_Result');
    // Text and pick lists only: no multi-line Description (the transcript's), no field the connector sets.
    expect(optionNames(picker)).toEqual([
      'Subject (Subject)',
      'Call Result (Call_Result)',
      'Call Agenda (Call_Agenda)',
      'Call Outcome (Call_Outcome)',
    ]);
  });

  it('offers a chosen pick list’s own values and saves the field with the mapping', async () => {
    const { user, stub, values } = await openRecords();
    await user.selectOptions(screen.getByRole('combobox', { name: PICKER }), 'Call Outcome (Call_Outcome)');
    await user.click(within(values).getByRole('button', { name: 'Add a disposition' }));
    const row = within(values).getByRole('group', { name: 'Disposition 1' });
    await user.type(within(row).getByRole('textbox', { name: 'Code from the platform' }), 'vm');
    const value = within(row).getByRole('combobox', { name: 'Written to Zoho as' });
    expect(optionNames(value)).toEqual(['Choose…', 'Reached', 'Voicemail']);
    await user.selectOptions(value, 'Voicemail');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 7.');
    expect(await sent(stub.requests)).toMatchObject({
      target: 'field',
      field: 'Call_Outcome',
      values: { vm: 'Voicemail' },
    });
  });

  it('goes back to Call_Result without a field left behind, and keeps a field Zoho no longer has', async () => {
    const settings = defaultSettings();
    settings.records.lateData.disposition = {
      ...settings.records.lateData.disposition,
      target: 'field',
      field: 'Call_Mood',
    };
    const { user, stub } = await openRecords(settings);
    const picker = screen.getByRole<HTMLSelectElement>('combobox', { name: PICKER });
    expect(picker.value).toBe('Call_Mood');
    expect(within(picker).getByRole('option', { name: 'Call_Mood (not found in Zoho)' })).toBeDefined();
    await user.selectOptions(picker, 'Call Result (Call_Result)');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 7.');
    const disposition = await sent(stub.requests);
    expect(disposition.target).toBe('call_result');
    expect(disposition).not.toHaveProperty('field');
  });

  it('takes a typed API name, and says why, when Zoho’s Calls fields could not be read', async () => {
    const failures = [{ module: 'Calls', code: 'NO_PERMISSION', message: 'permission denied' }];
    const { user } = await openRecords(defaultSettings(), metadataBody({ failures, without: ['Calls'] }));
    expect(screen.queryByRole('combobox', { name: PICKER })).toBeNull();
    expect(screen.getAllByText(/Calls.*permission denied/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('radio', { name: 'A field I choose' }));
    expect(screen.getByRole('textbox', { name: /Field for the disposition/ })).toBeDefined();
  });
});
