import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { api, echoSave, sentBody, settingsBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

const legends = (module: HTMLElement) =>
  within(module)
    .getAllByRole('group', { name: /^Rule \d+:/ })
    .map((rule) => rule.querySelector('legend')?.textContent);

describe('identification rules', () => {
  it('reorders, removes and adds rules of a module with the keyboard; the order is saved', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(4) });
    const { user, panel } = await renderSettings('?tab=identification');
    await metadataSettled();
    const contacts = group(panel, 'Contacts');
    expect(legends(contacts)).toEqual([
      'Rule 1: Record this conversation already wrote to',
      'Rule 2: E-mail address',
      'Rule 3: Phone number (E.164)',
    ]);

    within(contacts)
      .getByRole('button', { name: 'Move identification rule 3 (Phone number (E.164)) up' })
      .focus();
    await user.keyboard('{Enter}');
    expect(legends(contacts)).toEqual([
      'Rule 1: Record this conversation already wrote to',
      'Rule 2: Phone number (E.164)',
      'Rule 3: E-mail address',
    ]);
    expect(document.activeElement).toBe(
      within(contacts).getByRole('button', { name: 'Move identification rule 2 (Phone number (E.164)) up' }),
    );
    expect(screen.getByText('Contacts rule moved to position 2 of 3.')).toBeDefined();

    within(contacts)
      .getByRole('button', {
        name: 'Remove identification rule 1 (Record this conversation already wrote to)',
      })
      .focus();
    await user.keyboard('{Enter}');
    expect(legends(contacts)).toEqual(['Rule 1: Phone number (E.164)', 'Rule 2: E-mail address']);
    expect(document.activeElement).toBe(
      within(contacts).getByRole('button', { name: 'Remove identification rule 1 (Phone number (E.164))' }),
    );
    expect(screen.getByText('Contacts rule 1 removed.')).toBeDefined();

    // Removed kinds can be added again; kinds already in the list are not offered twice.
    const kind = within(contacts).getByRole('combobox', { name: 'Rule type' });
    expect(within(kind).queryByRole('option', { name: 'E-mail address' })).toBeNull();
    await user.selectOptions(kind, 'Custom field equals');
    within(contacts).getByRole('button', { name: 'Add identification rule' }).focus();
    await user.keyboard('{Enter}');
    const custom = group(contacts, 'Rule 3: Custom field equals');
    expect(screen.getByText('Custom field equals added as rule 3 of Contacts.')).toBeDefined();
    await user.type(
      within(custom).getByRole('textbox', { name: 'Zoho field (API name)' }),
      'Customer_Number',
    );
    await user.selectOptions(
      within(custom).getByRole('combobox', { name: 'Equals the conversation field' }),
      'Visitor phone',
    );

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 4.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.identification.rules.Contacts).toEqual([
      { kind: 'phone' },
      { kind: 'email' },
      { kind: 'custom_field', zohoField: 'Customer_Number', source: 'visitor.phone' },
    ]);
  });

  it('reorders the search order and refuses to drop a module a channel creates', async () => {
    const settings = defaultSettings();
    settings.channels.web_chat.enabled = true;
    stubSettingsApi({ [`GET ${api('/settings')}`]: { body: settingsBody(settings) } });
    const { user, panel } = await renderSettings('?tab=identification');
    const order = group(panel, 'Search order');

    within(order).getByRole('button', { name: 'Move Leads up' }).focus();
    await user.keyboard('{Enter}');
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Leads', 'Contacts']);
    expect(document.activeElement).toBe(within(order).getByRole('button', { name: 'Move Leads up' }));

    within(order).getByRole('button', { name: 'Remove Leads' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Leads removed from the search order.')).toBeDefined();
    expect(document.activeElement).toBe(within(order).getByRole('button', { name: 'Add to search order' }));

    // Web Chat is on and records visitors as Leads: Leads must stay searchable.
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      within(order).getByText(
        'Web Chat creates Leads, so Leads must be searched; otherwise every conversation creates a duplicate.',
      ),
    ).toBeDefined();
  });
});
