import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsTab } from '@/lib/settings/settings-url-state';
import { panelId } from './settings-tabs';
import { outlineOf, type OutlineItem } from './outline-of';

/** Fewer sections fit on one screen: a list of two links would only be noise. */
const MIN_ITEMS = 3;

/**
 * "Jump to": the open tab's sections as links, in the sticky bar with Save, so a long tab (a channel's
 * is several screens) can be crossed without losing the unsaved-changes bar. Read from the panel as
 * rendered, so a section that appears (a Deal once enabled) joins. Narrow screens fold it behind a
 * button; a jump moves focus to the section, for keyboard and screen-reader users too.
 */
export function SectionOutline({ tab }: { tab: SettingsTab }) {
  const { t } = useTranslation('settings');
  const listId = useId();
  const [items, setItems] = useState<readonly OutlineItem[]>([]);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const panel = document.getElementById(panelId(tab));
    if (!panel) return;
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setItems(outlineOf(panel)));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(panel, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [tab]);

  const jump = useCallback((item: OutlineItem) => {
    const target = document.getElementById(item.id);
    if (!target) return;
    setOpen(false);
    // Below the sticky header and this bar, not under them.
    const sticky = document.querySelector('.settings-sticky')?.getBoundingClientRect().bottom ?? 0;
    window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - sticky - 8 });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }, []);

  if (items.length < MIN_ITEMS) return null;
  return (
    <nav className="settings-outline" aria-label={t('outline.label')}>
      <button
        type="button"
        className="button button--secondary settings-outline__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('outline.toggle', { count: items.length })}
      </button>
      <ul id={listId} className="settings-outline__list" data-open={open || undefined}>
        {items.map((item) => (
          <li key={item.id}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                event.preventDefault();
                jump(item);
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
