import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * What stays in view while the admin scrolls a long tab: the save bar and the section outline. Its
 * height (it wraps on narrow screens, the outline may be open) is shared as `--settings-sticky-height`,
 * so the preflight panel, sticky too, sits below it instead of under it.
 */
export function SettingsStickyBar({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const bar = ref.current;
    const editor = bar?.parentElement;
    if (!bar || !editor || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      editor.style.setProperty('--settings-sticky-height', `${Math.ceil(bar.offsetHeight)}px`);
    });
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="settings-sticky">
      {children}
    </div>
  );
}
