import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, settingsBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

const LABEL = 'Credits per 24 hours';

describe('limits: Zoho credits per 24 hours', () => {
  it('refuses text and tiny budgets inline, then saves a whole number', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(6) });
    const { user, panel } = await renderSettings('?tab=limits');
    const input = within(panel).getByLabelText<HTMLInputElement>(LABEL);
    expect(input.value).toBe('');
    expect(input.inputMode).toBe('numeric');

    await user.type(input, 'lots');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await within(panel).findByText('Enter a whole number.')).toBeDefined();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await user.clear(input);
    await user.type(input, '50');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await within(panel).findByText('Enter at least 100.')).toBeDefined();
    expect(stub.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.clear(input);
    await user.type(input, '5000');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 6.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.automation).toEqual({ creditBudgetPer24h: 5000 });
  });

  it('shows the saved budget and clears it back to no limit', async () => {
    const settings = { ...defaultSettings(), automation: { creditBudgetPer24h: 2500 } };
    const stub = stubSettingsApi({
      [`GET ${api('/settings')}`]: { body: settingsBody(settings) },
      [`PUT ${api('/settings')}`]: echoSave(6),
    });
    const { user, panel } = await renderSettings('?tab=limits');
    const input = within(panel).getByLabelText<HTMLInputElement>(LABEL);
    expect(input.value).toBe('2500');

    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 6.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.automation).toEqual({});
  });
});
