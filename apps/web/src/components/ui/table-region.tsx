import type { ReactNode } from 'react';

/**
 * The box a data table scrolls sideways in when its columns cannot fit, so the page itself never does.
 * It is a named, focusable region: keyboard users can scroll it with the arrow keys (WCAG 2.1.1) and
 * screen readers announce what it holds.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be focusable
    <div className="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
