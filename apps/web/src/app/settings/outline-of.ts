export interface OutlineItem {
  id: string;
  label: string;
}

/** The top-level sections of a settings panel, whether a tab lays them out directly or in a stack. */
const SECTIONS = [':scope > .settings-section', ':scope > .settings-fieldset']
  .flatMap((selector) => [selector, selector.replace(':scope >', ':scope > .settings-stack >')])
  .join(', ');

function labelOf(section: Element): string {
  const labelledBy = section.getAttribute('aria-labelledby');
  const heading =
    (labelledBy ? section.ownerDocument.getElementById(labelledBy) : null) ??
    section.querySelector(':scope > legend, :scope > h3, :scope > h2');
  return heading?.textContent?.trim() ?? '';
}

/**
 * The sections a panel shows, in order, each with an id to jump to (given one when it has none: the
 * outline's links need a target) and the words of its own heading or legend.
 */
export function outlineOf(panel: HTMLElement): OutlineItem[] {
  return [...panel.querySelectorAll(SECTIONS)].flatMap((section, index) => {
    const label = labelOf(section);
    if (!label) return [];
    if (!section.id) section.id = `${panel.id}-section-${index + 1}`;
    return [{ id: section.id, label }];
  });
}
