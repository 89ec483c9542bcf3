import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { group, renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

function ruleNames(panel: HTMLElement) {
  const list = within(panel).getByRole('heading', { name: 'Triggers and conditions' })
    .parentElement as HTMLElement;
  return within(list)
    .getAllByRole('group', { name: /^Rule \d+:/ })
    .map((rule) => within(rule).getByRole('textbox', { name: 'Rule name' }))
    .map((input) => (input as HTMLInputElement).value);
}

describe('rules', () => {
  it('adds, reorders and removes rules with the keyboard, announcing each change and keeping focus', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(4) });
    const { user, panel } = await renderSettings();
    expect(ruleNames(panel)).toEqual(['Every ended chat', 'Offline messages']);

    within(panel).getByRole('button', { name: 'Move rule 1 down' }).focus();
    await user.keyboard('{Enter}');
    expect(ruleNames(panel)).toEqual(['Offline messages', 'Every ended chat']);
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Move rule 2 down' }));
    expect(document.activeElement?.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Rule moved to position 2 of 2.')).toBeDefined();

    within(panel).getByRole('button', { name: 'Add rule' }).focus();
    await user.keyboard('{Enter}');
    const added = group(panel, 'Rule 3: Rule 3');
    const name = within(added).getByRole('textbox', { name: 'Rule name' });
    expect(document.activeElement).toBe(name);
    expect(screen.getByText('Rule 3 added. Rules: 3.')).toBeDefined();
    await user.clear(name);
    await user.keyboard('VIP chats');
    await user.tab();
    expect(group(panel, 'Rule 3: VIP chats')).toBeDefined();
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Trigger' }), 'Chat started');

    within(panel).getByRole('button', { name: 'Move rule 3 up' }).focus();
    await user.keyboard('{Enter}');
    expect(ruleNames(panel)).toEqual(['Offline messages', 'VIP chats', 'Every ended chat']);
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Move rule 2 up' }));

    within(panel).getByRole('button', { name: 'Remove rule 1' }).focus();
    await user.keyboard('{Enter}');
    expect(ruleNames(panel)).toEqual(['VIP chats', 'Every ended chat']);
    expect(document.activeElement).toBe(within(panel).getByRole('button', { name: 'Remove rule 1' }));
    expect(screen.getByText('Rule 1 removed. Rules: 2.')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 4.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT'));
    expect(sent.settings.channels.web_chat.rules.map((rule) => [rule.name, rule.trigger])).toEqual([
      ['VIP chats', 'chat.started'],
      ['Every ended chat', 'chat.ended'],
    ]);
  });

  it('adds a condition of a kind the channel has and checks its values on the exact condition', async () => {
    stubSettingsApi();
    const { user, panel } = await renderSettings('?tab=calls');
    const rule = group(panel, 'Rule 1: Missed calls');
    const kinds = within(rule).getByRole('combobox', { name: 'Condition type' });
    expect(within(kinds).queryByRole('option', { name: 'Channel or inbox' })).toBeNull();

    await user.selectOptions(kinds, 'Queue');
    await user.click(within(rule).getByRole('button', { name: 'Add condition' }));
    const condition = group(rule, 'Condition 1: Queue');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const queues = within(condition).getByRole('textbox', { name: 'Queues' });
    expect(queues.getAttribute('aria-invalid')).toBe('true');
    expect(within(condition).getByText('Choose at least one.')).toBeDefined();
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Calls › Rules › Rule 1 › Conditions › Condition 1 › Values',
      }),
    ).toBeDefined();

    await user.type(queues, 'Sales, Support');
    expect((queues as HTMLInputElement).value).toBe('Sales, Support');
    expect(queues.getAttribute('aria-invalid')).toBeNull();
  });
});
