import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { group, metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { stubSettingsApi } from '@/testing/settings/settings-fixtures';

async function subjectRow() {
  stubSettingsApi();
  const view = await renderSettings();
  await metadataSettled();
  const row = group(group(view.panel, 'Tasks'), 'Row 1');
  const template = within(row).getByRole<HTMLTextAreaElement>('textbox', { name: 'Template' });
  return { ...view, row, template };
}

describe('template preview', () => {
  it('renders the template with the channel’s sample conversation as it is typed', async () => {
    const { row, template } = await subjectRow();
    const preview = document.getElementById(`${template.id}-preview`) as HTMLElement;
    expect(template.getAttribute('aria-describedby')).toContain(preview.id);
    expect(within(preview).getByText('Preview with a sample conversation (Chat ended)')).toBeDefined();
    expect(within(preview).getByText('Web chat with Ada Lovelace')).toBeDefined();
    expect(within(row).queryByText(/No value in the sample/)).toBeNull();
  });

  it('flags an unknown variable and lists variables the sample has no value for', async () => {
    const { user, row, template } = await subjectRow();

    await user.clear(template);
    await user.paste('Chat with {{visitor.nmae}} in {{conversation.queue}}');

    const preview = document.getElementById(`${template.id}-preview`) as HTMLElement;
    // The unknown placeholder stays in the text, so nobody mistakes it for an empty value.
    expect(within(preview).getByText('Chat with {{visitor.nmae}} in')).toBeDefined();
    expect(within(preview).getByText('Unknown variable “visitor.nmae”.')).toBeDefined();
    expect(within(preview).getByText('No value in the sample: Queue')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(template.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${template.id}-error`)?.textContent).toBe(
      'Unknown variable “visitor.nmae”.',
    );
    expect(within(row).getByRole('textbox', { name: 'Template' })).toBe(template);
  });

  it('inserts a variable at the cursor with the keyboard', async () => {
    const { user, row, template } = await subjectRow();
    await user.clear(template);
    await user.paste('Hello ');

    await user.selectOptions(within(row).getByRole('combobox', { name: 'Variable' }), 'Visitor company');
    within(row).getByRole('button', { name: 'Insert variable' }).focus();
    await user.keyboard('{Enter}');

    expect(template.value).toBe('Hello {{visitor.company}}');
    expect(document.activeElement).toBe(template);
    const preview = document.getElementById(`${template.id}-preview`) as HTMLElement;
    expect(within(preview).getByText('Hello Analytical Engines')).toBeDefined();
  });
});
