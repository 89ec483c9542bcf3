import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getActionForm } from '@cxc/shared/api/agent-panel';
import { renderApp } from '@/testing/render-app';
import { screenPopBody, stubPanel } from '../testing/panel-fixtures';

const URL_ = '/agent/conversation?phone=4155550100&conversationId=c-9&channel=calls';

const noteForm = (owner: { id: string | null; name: string | null }, parentId: string) =>
  getActionForm.response.parse({
    module: 'Notes',
    fields: [
      {
        apiName: 'Note_Content',
        label: 'Note Content',
        dataType: 'textarea',
        mandatory: true,
        length: null,
        picklist: [],
        value: '',
      },
    ],
    owner: { ...owner, source: 'email_match' },
    parent: { module: 'Contacts', id: parentId },
    needsParent: false,
  });

async function openNote(owner: { id: string | null; name: string | null }, parentId: string) {
  stubPanel({
    'GET /api/tenants/acme/agent-panel/screen-pop': { body: screenPopBody() },
    'GET /api/tenants/acme/agent-panel/forms/add_note': { body: noteForm(owner, parentId) },
  });
  const user = userEvent.setup();
  renderApp({ url: URL_ });
  await user.click(await screen.findByRole('button', { name: 'Add note' }));
  return screen.findByText(/^Linked to:/);
}

describe('agent form: who the record hangs off and who owns it, by name', () => {
  it('names the parent from the screen pop and the owner, ids on hover', async () => {
    const linked = await openNote({ id: '9001', name: 'Alex Agent' }, '5001');
    expect(linked.textContent).toBe('Linked to: Contact Jane Roe');
    expect(linked.getAttribute('title')).toBe('5001');
    const owner = screen.getByText('Owner: Alex Agent');
    expect(owner.getAttribute('title')).toBe('9001');
    expect(document.body.textContent).not.toContain('{"id"');
  });

  it('says a parent the panel has not read by its id, and an unnamed owner as a Zoho user', async () => {
    const linked = await openNote({ id: '9002', name: null }, '5999');
    expect(linked.textContent).toBe('Linked to: Contact 5999');
    expect(screen.getByText('Owner: Zoho user 9002')).toBeTruthy();
  });
});
