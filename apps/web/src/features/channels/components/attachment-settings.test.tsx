import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { saveSettings } from '@cxc/shared/api/settings';
import { endpointBody } from '@/lib/endpoint-body';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { api, echoSave, sentBody, stubSettingsApi } from '@/testing/settings/settings-fixtures';

describe('attachment settings', () => {
  it('defaults to uploading files to the conversation record; a change is saved', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(4) });
    const { user, panel } = await renderSettings();
    await metadataSettled();
    const attachments = group(panel, 'Attachments');
    const mode = within(attachments).getByLabelText<HTMLSelectElement>('Files of the conversation');
    const target = within(attachments).getByLabelText<HTMLSelectElement>('Attach to');
    expect(mode.value).toBe('upload');
    expect(target.value).toBe('activity');
    expect(within(attachments).queryByLabelText('Call recording')).toBeNull();
    expect(attachments.textContent).toContain('Files up to 20 MB are uploaded to Zoho');

    await user.selectOptions(mode, 'Attach a link to the file');
    await user.selectOptions(target, 'The visitor’s Lead or Contact');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 4.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.channels.web_chat.attachments).toEqual({
      mode: 'link',
      attachTo: 'person',
      recording: 'upload',
    });
    expect(sent.channels.calls.attachments.mode).toBe('upload');
  });

  it('calls also choose what happens to the recording', async () => {
    const stub = stubSettingsApi({ [`PUT ${api('/settings')}`]: echoSave(5) });
    const { user, panel } = await renderSettings('?tab=calls');
    await metadataSettled();
    const attachments = group(panel, 'Attachments');
    const recording = within(attachments).getByLabelText<HTMLSelectElement>('Call recording');
    expect(recording.value).toBe('upload');
    expect(within(attachments).getByRole('option', { name: 'The caller’s Lead or Contact' })).toBeDefined();
    await user.selectOptions(recording, 'Do not attach');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved as version 5.');
    const sent = endpointBody(saveSettings).parse(await sentBody(stub.requests, 'PUT')).settings;
    expect(sent.channels.calls.attachments.recording).toBe('off');
  });
});
