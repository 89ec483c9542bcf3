import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { errorBody } from '@/testing/fixtures';
import { group, renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, settingsBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

const ruleName = (panel: HTMLElement) =>
  within(group(panel, 'Rule 1: Every ended chat')).getByRole<HTMLInputElement>('textbox', {
    name: 'Rule name',
  });

describe('saving', () => {
  it('sends the version the editor started from, then stands on the saved version', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(4) });
    const { user, panel } = await renderSettings();
    expect(screen.getByText(/^Version 3, saved .* by Tara Admin\.$/)).toBeDefined();

    await user.click(within(panel).getByLabelText('Record Web Chat conversations in Zoho CRM'));
    expect(screen.getByText('You have unsaved changes.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved as version 4.')).toBeDefined();
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT'));
    expect(sent.baseVersion).toBe(3);
    expect(sent.settings.channels.web_chat.enabled).toBe(true);
    expect(screen.getByText(/^Version 4, saved .* by Tara Admin\.$/)).toBeDefined();
  });

  it('on 409 keeps everything typed, says someone else saved, and reloads the latest version on request', async () => {
    const latest = defaultSettings();
    latest.channels.web_chat.rules[0]!.name = 'Chats from the new version';
    let gets = 0;
    const stub = stubSettingsApi({
      [`GET ${api('/settings')}`]: () => {
        gets += 1;
        return { body: gets === 1 ? settingsBody() : settingsBody(latest, 5) };
      },
      [`PUT ${api('/settings')}`]: errorBody('CONFLICT'),
    });
    const { user, panel } = await renderSettings();
    const name = ruleName(panel);
    await user.clear(name);
    await user.type(name, 'My unsaved name');

    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Someone else saved these settings in the meantime')).toBeDefined();
    expect(within(alert).getByText(/everything you typed is still in the form/)).toBeDefined();
    expect(name.value).toBe('My unsaved name');
    expect(screen.getByText('You have unsaved changes.')).toBeDefined();

    await user.click(within(alert).getByRole('button', { name: 'Reload latest version' }));

    expect(await screen.findByText('Version 5 loaded.')).toBeDefined();
    const reloaded = within(screen.getByRole('tabpanel')).getAllByRole('textbox', {
      name: 'Rule name',
    })[0] as HTMLInputElement;
    expect(reloaded.value).toBe('Chats from the new version');
    expect(screen.queryByText('Someone else saved these settings in the meantime')).toBeNull();
    expect(screen.getByText(/^Version 5, saved/)).toBeDefined();
    expect(stub.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
  });

  it('puts the server’s issues on the fields their paths name, and lists the rest in the summary', async () => {
    stubSettingsApi({
      [`PUT ${api('/settings')}`]: {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'The request is not valid.',
            issues: [
              {
                path: ['settings', 'channels', 'web_chat', 'mapping', 'Leads', 0, 'zohoField'],
                message: 'mapping.field_managed',
                code: 'custom',
              },
              { path: ['baseVersion'], message: 'Another request changed the base', code: 'custom' },
            ],
            correlationId: 'corr-400-7',
          },
        },
      },
    });
    const { user, panel } = await renderSettings();

    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Another request changed the base')).toBeDefined();
    expect(within(summary).getByText('corr-400-7')).toBeDefined();
    const row = group(group(panel, 'Leads'), 'Row 1');
    const zohoField = within(row).getByRole('combobox', { name: 'Zoho field' });
    expect(zohoField.getAttribute('aria-invalid')).toBe('true');
    expect(within(row).getByText('The connector fills Last_Name itself; it cannot be mapped.')).toBeDefined();
    expect(
      within(summary).getByRole('link', { name: 'Web Chat › Field mapping › Leads › Row 1 › Zoho field' }),
    ).toBeDefined();
  });

  it('shows the server’s refusal of automatic mode without a connection on the channel’s mode', async () => {
    stubSettingsApi({
      [`PUT ${api('/settings')}`]: {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Automatic mode needs a working Zoho CRM connection.',
            issues: [
              {
                path: ['settings', 'channels', 'calls', 'mode'],
                message: 'settings.automatic_mode_needs_connection',
                code: 'not_connected',
              },
            ],
          },
        },
      },
      [`POST ${api('/settings/preflight')}`]: errorBody('CONFLICT'),
    });
    const { user, panel } = await renderSettings('?tab=calls');
    await user.click(within(panel).getByLabelText('Record Calls conversations in Zoho CRM'));
    await user.click(within(panel).getByLabelText('Automatically'));

    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const text = 'Automatic mode needs a working Zoho CRM connection. Connect (or reconnect) Zoho CRM first.';
    const mode = within(panel).getByRole('group', { name: 'How records are created' });
    expect(within(mode).getByText(text)).toBeDefined();
    expect(
      within(await screen.findByRole('alert')).getByRole('link', { name: 'Calls › How records are created' }),
    ).toBeDefined();
  });
});
