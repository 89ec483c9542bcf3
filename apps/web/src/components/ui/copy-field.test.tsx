import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createTestI18n } from '@/testing/create-test-i18n';
import { descriptionOf } from '@/testing/a11y';
import { CopyField } from './copy-field';

const URL_TO_COPY = 'https://console.example/api/zoho/oauth/callback';

function renderField() {
  render(
    <I18nextProvider i18n={createTestI18n('en')}>
      <CopyField label="Authorized Redirect URL" value={URL_TO_COPY} description="Register it in Zoho." />
    </I18nextProvider>,
  );
}

describe('CopyField', () => {
  it('shows the value read-only, copies it and confirms "Copied" in a live region', async () => {
    // After setup: user-event installs its own clipboard, which is the one to watch.
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderField();

    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Authorized Redirect URL' });
    expect(field.value).toBe(URL_TO_COPY);
    expect(field.readOnly).toBe(true);
    expect(descriptionOf(field)).toBe('Register it in Zoho.');
    const copy = screen.getByRole('button', { name: 'Copy Authorized Redirect URL' });
    expect(copy.textContent).toBe('Copy');
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');

    await user.click(copy);

    expect(writeText).toHaveBeenCalledWith(URL_TO_COPY);
    expect(status.textContent).toBe('Copied');
  });

  it('says so when the clipboard refuses, and selects the text for a manual copy', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderField();

    await user.click(screen.getByRole('button', { name: 'Copy Authorized Redirect URL' }));

    expect(screen.getByRole('status').textContent).toMatch(/^Could not copy\. The text is selected/);
    const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Authorized Redirect URL' });
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, URL_TO_COPY.length]);
  });
});
