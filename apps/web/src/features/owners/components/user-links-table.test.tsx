import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, metadataBody, sentBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

describe('owners', () => {
  it('shows each agent beside their Zoho user, flags unmatched agents, and saves an override', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(4) });
    const { user, panel } = await renderSettings('?tab=owners');
    await metadataSettled();
    const table = await within(panel).findByRole('table', {
      name: 'Agents and the Zoho users who own their records',
    });
    await within(table).findByRole('rowheader', { name: /Bob Builder/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent?.replace(/Match by e-mail address.*?inactive/, '…'))).toEqual([
      'Ann Agentann@acme.test…Same e-mail: Ann Agent (ann@acme.test)',
      'Bob Builderbob@acme.test…No Zoho user',
    ]);
    expect(within(panel).getByText(/Agents without a Zoho user: 1\./)).toBeDefined();

    const bob = within(table).getByRole('combobox', { name: 'Zoho user for bob@acme.test' });
    expect(
      within(bob).getByRole<HTMLOptionElement>('option', { name: 'Olga Old (old@acme.test), inactive' })
        .disabled,
    ).toBe(true);
    await user.selectOptions(bob, 'Sam Senior (sam@acme.test)');

    expect(within(table).getByText('Linked by an administrator')).toBeDefined();
    expect(within(panel).queryByText(/Agents without a Zoho user/)).toBeNull();

    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Owner of missed calls (senior manager)' }),
      'Sam Senior (sam@acme.test)',
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 4.');
    const owners = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings.owners;
    expect(owners.userLinks).toEqual([{ agentEmail: 'bob@acme.test', zohoUserId: '1002', source: 'manual' }]);
    expect(owners.missedCallOwnerId).toBe('1002');
  });

  it('asks for the default owner when the fallback is the default owner', async () => {
    stubSettingsApi();
    const { user, panel } = await renderSettings('?tab=owners');
    await metadataSettled();

    await user.click(within(panel).getByLabelText('The default owner below'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const owner = within(panel).getByRole('combobox', { name: 'Default owner' });
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(panel).getByText('Choose the default owner, or use the connected user as the fallback.'),
    ).toBeDefined();
    await user.selectOptions(owner, 'Ann Agent (ann@acme.test)');
    await waitFor(() => expect(owner.getAttribute('aria-invalid')).toBeNull());
  });

  it('says when the Zoho users could not be read, and takes user ids typed by hand', async () => {
    stubSettingsApi({
      [`GET ${api('/zoho/metadata')}`]: {
        body: metadataBody({
          failures: [{ module: 'Users', code: 'NO_PERMISSION', message: 'no permission to read users' }],
        }),
      },
    });
    const { user, panel } = await renderSettings('?tab=owners');
    await metadataSettled();

    expect(
      within(panel).getByText(
        'Could not load the Zoho users: no permission to read users. Type user ids instead.',
      ),
    ).toBeDefined();
    const missed = within(panel).getByRole('textbox', { name: 'Owner of missed calls (senior manager)' });
    await user.type(missed, '1002');
    expect((missed as HTMLInputElement).value).toBe('1002');
    await within(panel).findByRole('textbox', { name: 'Zoho user for bob@acme.test' });
    // Without the user list nothing can be said about matches; no agent is flagged as unmatched.
    expect(within(panel).queryByText(/Agents without a Zoho user/)).toBeNull();
  });
});
