import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { integrationsBody } from '@/testing/fixtures';
import { renderApp } from '@/testing/render-app';
import { renderSettings } from '@/testing/settings/render-settings';
import { stubSettingsApi } from '@/testing/settings/settings-fixtures';

const INTEGRATIONS = { 'GET /api/tenants/acme/integrations': { body: integrationsBody('connected') } };

const backLink = () =>
  within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', {
    name: 'App & Integrations',
  });

function beforeUnloadPrevented(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('unsaved changes', () => {
  it('opens from the Zoho CRM card, and leaves without asking when nothing changed', async () => {
    stubSettingsApi(INTEGRATIONS);
    const user = userEvent.setup();
    renderApp({ url: '/integrations' });
    const card = await screen.findByRole('article', { name: 'Zoho CRM' });

    await user.click(within(card).getByRole('link', { name: 'Zoho CRM settings' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Zoho CRM settings' })).toBeDefined();
    await screen.findByRole('tabpanel', { name: 'Web Chat' });
    expect(beforeUnloadPrevented()).toBe(false);
    await user.click(backLink());
    expect(await screen.findByRole('heading', { level: 1, name: 'App & Integrations' })).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before leaving with unsaved changes; switching tabs never asks; staying keeps the input', async () => {
    stubSettingsApi(INTEGRATIONS);
    const { user, panel } = await renderSettings();
    const enabled = within(panel).getByLabelText<HTMLInputElement>(
      'Record Web Chat conversations in Zoho CRM',
    );
    await user.click(enabled);
    expect(beforeUnloadPrevented()).toBe(true);

    await user.click(screen.getByRole('tab', { name: 'Owners' }));
    await user.click(screen.getByRole('tab', { name: 'Web Chat' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(backLink());
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.pathname).toBe('/integrations/zoho-crm/settings');
    const again = within(screen.getByRole('tabpanel', { name: 'Web Chat' })).getByLabelText<HTMLInputElement>(
      'Record Web Chat conversations in Zoho CRM',
    );
    expect(again.checked).toBe(true);

    await user.click(backLink());
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Leave without saving' }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'App & Integrations' })).toBeDefined();
    await waitFor(() => expect(beforeUnloadPrevented()).toBe(false));
  });

  it('does not ask once the changes are undone', async () => {
    stubSettingsApi(INTEGRATIONS);
    const { user, panel } = await renderSettings();
    const enabled = within(panel).getByLabelText('Record Web Chat conversations in Zoho CRM');
    await user.click(enabled);
    await user.click(enabled);

    await user.click(backLink());

    expect(await screen.findByRole('heading', { level: 1, name: 'App & Integrations' })).toBeDefined();
  });
});
