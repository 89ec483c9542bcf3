import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

async function newLeadRow(preset?: string) {
  const view = await renderSettings();
  await metadataSettled();
  if (preset) await view.user.click(screen.getByRole('button', { name: preset }));
  const leads = group(view.panel, 'Leads');
  await view.user.click(within(leads).getByRole('button', { name: 'Add mapping row' }));
  return { ...view, leads, row: within(leads).getByRole('group', { name: 'Row 5' }) };
}

describe('field mapping: a fixed value for a picklist', () => {
  it('is chosen from the field’s own values, not typed, and saved as the value', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(4) });
    const { user, row } = await newLeadRow();
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Zoho field' }),
      'Lead Source (Lead_Source)',
    );
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Value from' }), 'Fixed value');

    const value = within(row).getByRole('combobox', { name: 'Fixed value' });
    const options = within(value)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['Choose…', 'Chat', 'Web Download']);
    expect(within(row).queryByRole('textbox', { name: 'Fixed value' })).toBeNull();

    await user.selectOptions(value, 'Web Download');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 4.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.channels.web_chat.mapping.Leads?.[4]?.source).toEqual({
      kind: 'constant',
      value: 'Web Download',
    });
  });

  it('stays a text box for a field that is not a picklist', async () => {
    stubSettingsApi();
    const { user, row } = await newLeadRow();
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Zoho field' }), 'Email (Email)');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Value from' }), 'Fixed value');
    expect(within(row).getByRole('textbox', { name: 'Fixed value' })).toBeDefined();
  });

  it('drops “Fill in this field” from the Zoho field as soon as one is chosen', async () => {
    stubSettingsApi();
    const { user, row } = await newLeadRow();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const zohoField = within(row).getByRole('combobox', { name: 'Zoho field' });
    expect(within(row).getAllByText('Fill in this field.').length).toBeGreaterThan(0);
    await user.selectOptions(zohoField, 'Lead Source (Lead_Source)');
    expect(zohoField.getAttribute('aria-invalid')).toBeNull();
    const described = document.getElementById(zohoField.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent ?? '').not.toContain('Fill in this field.');
  });

  it('shows no “Fill in this field” in the row once the field, the source and the value are chosen', async () => {
    stubSettingsApi();
    const { leads } = await newLeadRow('For Sales');
    const rows = within(leads).getAllByRole('group', { name: /^Row \d+$/ });
    const row = rows[rows.length - 1]!;
    // A row just added is not red before anyone filled it in.
    expect(within(row).queryByText('Fill in this field.')).toBeNull();
    // As a browser automation picks options: change events only, focus stays where adding the row put it.
    const choose = (name: string, value: string) =>
      fireEvent.change(within(row).getByRole('combobox', { name }), { target: { value } });
    choose('Zoho field', 'Lead_Source');
    choose('Value from', 'constant');
    choose('Fixed value', 'Chat');
    expect(within(row).queryByText('Fill in this field.')).toBeNull();
  });
});
