import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSettings } from '@/testing/settings/render-settings';
import { stubSettingsApi } from '@/testing/settings/settings-fixtures';

describe('settings tabs', () => {
  it('opens the tab named in the address, and the first tab when the address holds junk', async () => {
    stubSettingsApi();
    await renderSettings('?tab=%3Cscript%3E&page=-1');
    expect(screen.getByRole('tab', { name: 'Web Chat' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Web Chat' })).toBeDefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Zoho CRM settings' })).toBeDefined();
  });

  it('moves between tabs with the arrow keys, Home and End, and keeps the tab in the address', async () => {
    stubSettingsApi();
    const { user } = await renderSettings('?tab=owners');
    const owners = screen.getByRole('tab', { name: 'Owners' });
    expect(owners.getAttribute('aria-selected')).toBe('true');
    expect(owners.tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Web Chat' }).tabIndex).toBe(-1);

    owners.focus();
    await user.keyboard('{ArrowRight}');
    const next = screen.getByRole('tab', { name: 'Agent panel' });
    expect(document.activeElement).toBe(next);
    expect(await screen.findByRole('tabpanel', { name: 'Agent panel' })).toBeDefined();
    expect(new URLSearchParams(window.location.search).get('tab')).toBe('agent_panel');

    await user.keyboard('{End}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'History' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Web Chat' }));
    await user.keyboard('{ArrowLeft}{Home}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Web Chat' }));
    expect(await screen.findByRole('tabpanel', { name: 'Web Chat' })).toBeDefined();
  });
});
