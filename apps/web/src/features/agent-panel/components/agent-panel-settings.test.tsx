import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, settingsBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

const LABEL = 'Click-to-call link';

describe('agent panel settings: click-to-call link', () => {
  it('shows a live example as the template is typed, refuses a non-dial link inline, and saves', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(4) });
    const { user, panel } = await renderSettings('?tab=agent_panel');
    const input = within(panel).getByLabelText<HTMLInputElement>(LABEL);
    expect(input.value).toBe('');
    expect(panel.textContent).toContain('Empty: phone numbers use this installation’s default link');

    await user.type(input, 'sip:{{e164}@pbx.acme.example');
    expect(panel.textContent).toContain('Example: +1 415 555 0100 → sip:+14155550100@pbx.acme.example');
    await user.clear(input);
    await user.type(input, 'https://pbx.acme.example/dial?n={{number}');
    expect(within(panel).getByText('https://pbx.acme.example/dial?n=%2B14155550100').tagName).toBe('CODE');

    await user.clear(input);
    await user.type(input, 'javascript:alert({{number})');
    expect(panel.textContent).toContain('The example appears once the link is valid.');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await within(panel).findByText(/^Use tel:\{number\}, callto:\{number\}/)).toBeDefined();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(stub.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.clear(input);
    await user.type(input, 'callto:{{number}');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 4.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.agentPanel).toEqual({ dialUrlTemplate: 'callto:{number}' });
  });

  it('shows the saved template and clears it back to the installation default', async () => {
    const settings = { ...defaultSettings(), agentPanel: { dialUrlTemplate: 'tel:{e164}' } };
    const stub = stubSettingsApi({
      [`GET ${api('/settings')}`]: { body: settingsBody(settings) },
      [`PUT ${api('/settings')}`]: echoSave(4),
    });
    const { user, panel } = await renderSettings('?tab=agent_panel');
    const input = within(panel).getByLabelText<HTMLInputElement>(LABEL);
    expect(input.value).toBe('tel:{e164}');
    expect(panel.textContent).toContain('→ tel:+14155550100');

    await user.clear(input);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 4.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.agentPanel).toEqual({});
  });
});
