import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runPreflight } from '@cxc/shared/api/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import {
  api,
  preflightBody,
  sentBody,
  settingsBody,
  stubSettingsApi,
} from '@/testing/settings/settings-fixtures';
import {
  agentUnmatched,
  companyRequiredByLeadsLayout,
  customFieldMissingOnLeads,
} from '@cxc/shared/testing/preflight-problems';

describe('preflight panel', () => {
  it('checks the unsaved form, lists every problem and takes the admin to the exact field on its tab', async () => {
    const stub = stubSettingsApi({
      [`POST ${api('/settings/preflight')}`]: {
        body: preflightBody([customFieldMissingOnLeads('inbox', 1), agentUnmatched('bob@acme.test')]),
      },
    });
    const { user, panel } = await renderSettings();
    await metadataSettled();
    await user.click(within(panel).getByLabelText('Record Web Chat conversations in Zoho CRM'));
    const region = screen.getByRole('region', { name: 'Preflight' });

    await user.click(within(region).getByRole('button', { name: 'Run preflight' }));

    expect(
      await within(region).findByText('Not ready for automatic mode. Errors: 1, warnings: 1.'),
    ).toBeDefined();
    const sent = endpointBody(runPreflight).parse(
      await sentBody(stub.requests, 'POST', '/settings/preflight'),
    );
    expect(sent.settings.channels.web_chat.enabled).toBe(true);
    const items = within(region).getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('The custom field rs_utm_source does not exist in Leads.');
    expect(items[1]?.textContent).toContain(
      'No Zoho user matches the agent bob@acme.test; their records go to: The Zoho user who connected the integration.',
    );

    // The field Zoho's API cannot create, exactly as the admin types it in Zoho's layout editor.
    const guide = within(items[0] as HTMLElement);
    expect(guide.getByText('Setup › Customization › Modules and Fields › Leads')).toBeDefined();
    expect(guide.getAllByText('rs_utm_source').map((node) => node.tagName)).toEqual(['CODE', 'CODE']);
    expect(guide.getByText('Single Line')).toBeDefined();

    await user.click(
      guide.getByRole('link', { name: 'Go to Inbox › Field mapping › Leads › Row 2 › Zoho field' }),
    );

    const inbox = screen.getByRole('tab', { name: 'Inbox' });
    await waitFor(() => expect(inbox.getAttribute('aria-selected')).toBe('true'));
    expect(new URLSearchParams(window.location.search).get('tab')).toBe('inbox');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(group(screen.getByRole('tabpanel', { name: 'Inbox' }), 'Leads')).getAllByRole('combobox', {
          name: 'Zoho field',
        })[1],
      ),
    );

    // Results say when the form has changed since.
    await user.click(screen.getByRole('tab', { name: 'Web Chat' }));
    await user.click(
      within(await screen.findByRole('tabpanel', { name: 'Web Chat' })).getByLabelText(
        'Record Web Chat conversations in Zoho CRM',
      ),
    );
    expect(
      within(region).getByText('The form has changed since this check. Run preflight again.'),
    ).toBeDefined();
  });

  it('blocks saving automatic mode while preflight finds errors, and shows them on their fields', async () => {
    const settings = defaultSettings();
    settings.channels.web_chat.enabled = true;
    const stub = stubSettingsApi({
      [`GET ${api('/settings')}`]: { body: settingsBody(settings) },
      [`POST ${api('/settings/preflight')}`]: {
        body: preflightBody([
          {
            severity: 'error',
            code: 'mandatory_unmapped',
            path: ['channels', 'web_chat', 'mapping', 'Tasks'],
            module: 'Tasks',
            field: 'Status',
            message: { key: 'preflight.mandatory_unmapped', params: { module: 'Tasks', field: 'Status' } },
          },
        ]),
      },
    });
    const { user, panel } = await renderSettings();
    await metadataSettled();
    await user.click(within(panel).getByLabelText('Automatically'));

    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByText(/Automatic mode cannot be saved while preflight finds errors/),
    ).toBeDefined();
    const link = within(summary).getByRole('link', { name: 'Web Chat › Field mapping › Tasks' });
    expect(link.parentElement?.textContent).toContain('Status is mandatory in Tasks but not mapped.');
    expect(
      within(group(panel, 'Tasks')).getByText('Status is mandatory in Tasks but not mapped.'),
    ).toBeDefined();
    expect(stub.requests.some((request) => request.method === 'PUT')).toBe(false);
    expect(screen.getByRole('tab', { name: /Web Chat/ }).textContent).toContain('errors: 1');
  });

  it('shows a layout-required field by its label and a layouts note that is neither error nor warning', async () => {
    stubSettingsApi({
      [`POST ${api('/settings/preflight')}`]: {
        body: preflightBody([
          companyRequiredByLeadsLayout('web_chat'),
          {
            severity: 'info',
            code: 'layout_required_unknown_scope',
            path: [],
            module: 'Tasks',
            message: { key: 'preflight.layout_required_unknown_scope', params: { module: 'Tasks' } },
          },
        ]),
      },
    });
    const { user, panel } = await renderSettings();
    await metadataSettled();
    await user.click(within(panel).getByLabelText('Record Web Chat conversations in Zoho CRM'));
    const region = screen.getByRole('region', { name: 'Preflight' });
    await user.click(within(region).getByRole('button', { name: 'Run preflight' }));

    expect(await within(region).findByText('Ready for automatic mode. Warnings: 1.')).toBeDefined();
    const [warning, note] = within(region).getAllByRole('listitem');
    expect(warning?.textContent).toContain('Warning');
    expect(warning?.textContent).toContain(
      'Company (Company) is required by the “Standard” layout of Leads but not mapped.',
    );
    expect(note?.textContent).toContain('Note');
    expect(note?.textContent).toContain('Reconnect Zoho CRM to grant it.');
    expect(within(note as HTMLElement).queryByRole('link')).toBeNull();
  });
});
