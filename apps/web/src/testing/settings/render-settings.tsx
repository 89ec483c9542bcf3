import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { SETTINGS_URL } from './settings-fixtures';

// The editor is one large form: under happy-dom its first render takes longer than the default second.
configure({ asyncUtilTimeout: 8000 });
vi.setConfig({ testTimeout: 60_000 });

// happy-dom 21 lacks HTMLSelectElement.size (browsers: 0 for a drop-down). react-hook-form reads it to
// tell a select the user already changed from a fresh one; without it every registered select looks
// "edited" at mount and keeps its first option instead of the form's value.
if (!('size' in HTMLSelectElement.prototype)) {
  Object.defineProperty(HTMLSelectElement.prototype, 'size', {
    configurable: true,
    get(this: HTMLSelectElement) {
      return Number(this.getAttribute('size') ?? 0);
    },
  });
}

/** The whole console at the settings editor (stub fetch first); resolves once the open tab has rendered. */
export async function renderSettings(search = '') {
  const view = renderApp({ url: `${SETTINGS_URL}${search}` });
  const user = userEvent.setup();
  const panel = await screen.findByRole('tabpanel');
  return { ...view, user, panel };
}

/** Resolves once the org's metadata has arrived (or failed): the loading notice is gone. */
export async function metadataSettled() {
  await waitFor(() => expect(screen.queryByText('Loading fields and users from Zoho CRM…')).toBeNull());
}

export function group(container: HTMLElement, name: string) {
  return within(container).getByRole('group', { name });
}
