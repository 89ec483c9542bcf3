import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { metadataSettled, renderSettings } from '@/testing/settings/render-settings';
import { stubSettingsApi } from '@/testing/settings/settings-fixtures';

const ROLES = [
  'textbox',
  'combobox',
  'checkbox',
  'radio',
  'button',
  'spinbutton',
  'link',
  'tab',
  'group',
  'table',
] as const;

/**
 * The structural part of what axe checks, on every tab (the e2e suite runs axe itself in a browser):
 * unique ids, a name for every control and group, a legend for every fieldset, and ARIA references
 * that point at elements that exist.
 */
function structuralProblems(root: HTMLElement): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  for (const element of root.querySelectorAll('[id]')) ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
  for (const [id, count] of ids) if (count > 1) problems.push(`duplicate id ${id}`);
  for (const role of ROLES) {
    for (const element of within(root).queryAllByRole(role, { name: '' })) {
      problems.push(`${role} without a name: ${element.outerHTML.slice(0, 120)}`);
    }
  }
  for (const fieldset of root.querySelectorAll('fieldset')) {
    const legend = fieldset.firstElementChild;
    if (legend?.tagName !== 'LEGEND' || !legend.textContent?.trim())
      problems.push(`fieldset without legend: ${fieldset.id}`);
  }
  for (const attribute of ['aria-describedby', 'aria-labelledby', 'aria-controls']) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      for (const id of element.getAttribute(attribute)?.split(/\s+/) ?? []) {
        if (!document.getElementById(id)) problems.push(`${attribute} points at missing #${id}`);
      }
    }
  }
  return problems;
}

describe('settings editor structure (a11y)', () => {
  it('the check itself finds each kind of problem', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<input id="twice"><select id="twice"></select><fieldset><p>no legend</p></fieldset><p aria-describedby="gone"></p>';
    document.body.append(root);
    expect(structuralProblems(root)).toEqual([
      'duplicate id twice',
      'textbox without a name: <input id="twice">',
      'combobox without a name: <select id="twice"></select>',
      'group without a name: <fieldset><p>no legend</p></fieldset>',
      'fieldset without legend: ',
      'aria-describedby points at missing #gone',
    ]);
    root.remove();
  });

  it.each([
    'web_chat',
    'calls',
    'identification',
    'owners',
    'agent_panel',
    'limits',
    'records',
    'test',
    'history',
  ])('tab %s: unique ids, named controls, legends, valid ARIA references', async (tab) => {
    stubSettingsApi();
    const { user } = await renderSettings(`?tab=${tab}`);
    await metadataSettled();
    if (tab === 'web_chat') await user.click(screen.getByRole('button', { name: 'Save settings' }));
    if (tab === 'history')
      await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Restore version 2' });
    if (tab === 'owners') await screen.findByRole('rowheader', { name: /Bob Builder/ });
    expect(structuralProblems(document.body)).toEqual([]);
  });
});
