import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

const checked = (container: HTMLElement, name: string) =>
  within(container).getByLabelText<HTMLInputElement>(name).checked;

describe('presets', () => {
  it('"For Support" records visitors as Contacts and conversations as Cases, with default Case rows', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(4) });
    const { user, panel } = await renderSettings();
    await metadataSettled();
    const records = group(panel, 'Records');
    expect(checked(records, 'Lead')).toBe(true);
    expect(checked(records, 'Task')).toBe(true);
    expect(within(panel).queryByRole('group', { name: 'Cases' })).toBeNull();

    await user.click(within(panel).getByRole('button', { name: 'For Support' }));

    expect(checked(records, 'Contact')).toBe(true);
    expect(checked(records, 'Case')).toBe(true);
    expect(checked(records, 'Task')).toBe(false);
    const cases = group(panel, 'Cases');
    expect(within(cases).getAllByRole('group', { name: /^Row \d+$/ })).toHaveLength(6);
    expect(group(panel, 'Contacts')).toBeDefined();
    expect(screen.getByText('For Support applied. Visitor → Contact, conversation → Case.')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 4.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.channels.web_chat.visitorAs).toBe('Contacts');
    expect(sent.channels.web_chat.conversationAs).toEqual(['Cases']);
    expect(sent.identification.searchOrder).toEqual(['Contacts', 'Leads']);
    // Other channels are untouched.
    expect(sent.channels.inbox.visitorAs).toBe('Leads');
  });

  it('"For Sales" on calls makes a caller a Lead and logs the call as a Call', async () => {
    stubSettingsApi();
    const { user, panel } = await renderSettings('?tab=calls');
    await user.click(within(panel).getByRole('button', { name: 'For Support' }));
    const records = group(panel, 'Records');
    expect(checked(records, 'Contact')).toBe(true);

    await user.click(within(panel).getByRole('button', { name: 'For Sales' }));

    expect(checked(records, 'Lead')).toBe(true);
    expect(checked(records, 'Call')).toBe(true);
    expect(
      within(panel).getByRole('button', { name: 'For Sales' }).getAttribute('aria-describedby'),
    ).toBeTruthy();
    expect(within(panel).getByText('Visitor → Lead, conversation → Call.')).toBeDefined();
  });

  it('shows which preset is in use, and follows the record types when they change by hand', async () => {
    stubSettingsApi();
    const { user, panel } = await renderSettings();
    const sales = within(panel).getByRole('button', { name: 'For Sales' });
    const support = within(panel).getByRole('button', { name: 'For Support' });
    // The defaults are Sales' targets: Lead and Task.
    expect(sales.getAttribute('aria-pressed')).toBe('true');
    expect(support.getAttribute('aria-pressed')).toBe('false');
    expect(
      within(panel)
        .getByText(/In use/)
        .closest('p')?.id,
    ).toBe('preset-web_chat-sales');

    await user.click(support);
    expect(support.getAttribute('aria-pressed')).toBe('true');
    expect(sales.getAttribute('aria-pressed')).toBe('false');

    // Another record type by hand: neither preset describes the channel any more.
    await user.click(within(group(panel, 'Records')).getByLabelText('Task'));
    expect(support.getAttribute('aria-pressed')).toBe('false');
    expect(sales.getAttribute('aria-pressed')).toBe('false');
    expect(within(panel).queryByText(/In use/)).toBeNull();
  });
});
