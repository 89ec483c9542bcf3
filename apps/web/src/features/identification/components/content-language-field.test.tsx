import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, settingsBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

const languageSelect = () =>
  screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language written into Zoho' });

describe('the language written into Zoho', () => {
  it('is English for settings saved before it existed', async () => {
    const { language: _, ...old } = defaultSettings();
    stubSettingsApi({ [`GET ${api('/settings')}`]: () => ({ body: settingsBody(old) }) });
    await renderSettings('?tab=identification');
    expect(languageSelect().value).toBe('en');
  });

  it('moves untouched default rule names and template words into the chosen language, keeps edited ones', async () => {
    const settings = defaultSettings();
    settings.channels.calls.rules[1]!.name = 'Anrufe von VIPs';
    const stub = stubSettingsApi({
      [`GET ${api('/settings')}`]: () => ({ body: settingsBody(settings) }),
      [`PUT ${api('/settings')}`]: echoSave(4),
    });
    const { user } = await renderSettings('?tab=identification');

    await user.selectOptions(languageSelect(), 'de');
    expect(screen.getByText('You have unsaved changes.')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings saved as version 4.')).toBeDefined();

    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT'));
    expect(sent.settings.language).toBe('de');
    expect(sent.settings.channels.calls.rules.map((rule) => rule.name)).toEqual([
      'Verpasste Anrufe',
      'Anrufe von VIPs',
    ]);
    expect(sent.settings.channels.web_chat).toEqual({
      ...defaultSettings({ language: 'de' }).channels.web_chat,
    });
  });

  it('shows the rule names in the new language on the channel tab', async () => {
    stubSettingsApi({ [`GET ${api('/settings')}`]: () => ({ body: settingsBody(defaultSettings()) }) });
    const { user } = await renderSettings('?tab=identification');
    await user.selectOptions(languageSelect(), 'ja');
    await user.click(screen.getByRole('tab', { name: 'Web Chat' }));
    const panel = await screen.findByRole('tabpanel');
    expect(within(panel).getByRole('group', { name: 'Rule 1: 終了したすべてのチャット' })).toBeDefined();
  });
});
