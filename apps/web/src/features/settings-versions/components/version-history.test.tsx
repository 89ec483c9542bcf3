import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@cxc/shared/domain/settings';
import { renderSettings } from '@/testing/settings/render-settings';
import {
  api,
  savedBody,
  stubSettingsApi,
  versionBody,
  versionsBody,
} from '@/testing/settings/settings-fixtures';

describe('version history', () => {
  it('lists versions with who and when, and shows a version’s changes in words', async () => {
    stubSettingsApi({
      [`GET ${api('/settings/versions/3')}`]: {
        body: versionBody(3, [
          { path: ['channels', 'web_chat', 'mode'], kind: 'changed', before: 'manual', after: 'automatic' },
          { path: ['channels', 'web_chat', 'enabled'], kind: 'changed', before: false, after: true },
          { path: ['owners', 'fallback'], kind: 'changed', before: 'connected_user', after: 'default_owner' },
          { path: ['owners', 'defaultOwnerId'], kind: 'added', after: '1002' },
          {
            path: ['channels', 'web_chat', 'mapping', 'Leads', 4],
            kind: 'added',
            after: { zohoField: 'rs_utm_source', source: { kind: 'field', path: 'utm.source' } },
          },
          {
            path: ['channels', 'calls', 'rules', 0],
            kind: 'removed',
            before: {
              id: 'missed-call',
              name: 'Missed calls',
              enabled: true,
              trigger: 'call.missed',
              conditions: [],
              writes: { person: true, activities: true, deal: false },
            },
          },
        ]),
      },
    });
    const { user, panel } = await renderSettings('?tab=history');
    const items = await within(panel).findAllByRole('listitem');
    expect(items[0]?.textContent).toMatch(
      /Version 3Current.*by Tara Admin \(tara@acme\.example\)\. Restored from version 1\./,
    );
    // The version the editor stands on cannot be restored onto itself.
    expect(within(items[0] as HTMLElement).queryByRole('button', { name: 'Restore version 3' })).toBeNull();

    const show = within(panel).getByRole('button', { name: 'Changes in version 3' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');

    const changes = await within(panel).findByRole('list', { name: 'Changes in version 3' });
    // The arrow is for the eye (aria-hidden); a screen reader hears "to".
    expect(
      within(changes)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.replace(/\s+/g, ' ')),
    ).toEqual([
      'Changed Web Chat › How records are created: Manually → to Automatically',
      'Changed Web Chat › Enabled: No → to Yes',
      'Changed Owners › Fallback owner: The Zoho user who connected the integration → to The default owner below',
      'Added Owners › Default owner: Sam Senior (sam@acme.test)',
      'Added Web Chat › Field mapping › Leads › Row 5: rs_utm_source ← UTM source',
      'Removed Calls › Rules › Rule 1: Missed calls (Missed call)',
    ]);
  });

  it('restores a version only after confirmation, and the editor then stands on the new version', async () => {
    const restored = defaultSettings();
    restored.channels.calls.enabled = true;
    const stub = stubSettingsApi({
      [`POST ${api('/settings/versions/1/restore')}`]: { body: savedBody(restored, 4) },
    });
    const { user, panel } = await renderSettings('?tab=history');
    const restore = await within(panel).findByRole('button', { name: 'Restore version 1' });

    await user.click(restore);
    let dialog = screen.getByRole('dialog', { name: 'Restore version 1?' });
    expect(within(dialog).getByText(/saved as a new version and take effect at once/)).toBeDefined();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(restore);
    expect(stub.requests.some((request) => request.url.endsWith('/restore'))).toBe(false);

    await user.click(restore);
    dialog = screen.getByRole('dialog', { name: 'Restore version 1?' });
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('Version 1 restored as version 4.')).toBeDefined();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByText(/^Version 4, saved/)).toBeDefined();
    await user.click(screen.getByRole('tab', { name: 'Calls' }));
    expect(
      within(await screen.findByRole('tabpanel', { name: 'Calls' })).getByLabelText<HTMLInputElement>(
        'Record Calls conversations in Zoho CRM',
      ).checked,
    ).toBe(true);
  });

  it('pages through the history with the page in the address', async () => {
    let asked = '';
    stubSettingsApi({
      [`GET ${api('/settings/versions')}`]: (request) => {
        asked = new URL(request.url).search;
        return { body: versionsBody(asked.includes('page=2') ? [3] : [23, 22], 23) };
      },
    });
    const { user, panel } = await renderSettings('?tab=history');
    expect(await within(panel).findByText('Page 1 of 2')).toBeDefined();

    await user.click(within(panel).getByRole('button', { name: 'Next page' }));

    expect(await within(panel).findByText('Page 2 of 2')).toBeDefined();
    expect(asked).toBe('?page=2&perPage=20');
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
    expect(within(panel).getByRole<HTMLButtonElement>('button', { name: 'Next page' }).disabled).toBe(true);
  });
});
