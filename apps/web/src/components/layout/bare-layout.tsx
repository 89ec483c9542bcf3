import type { ReactNode } from 'react';
import './app-shell.css';

/** Just the content, no header or navigation: for a page framed in an agent console's side panel. */
export function BareLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main-content" tabIndex={-1} className="shell__main">
      {children}
    </main>
  );
}
