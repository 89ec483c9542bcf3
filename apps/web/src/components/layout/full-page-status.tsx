import type { ReactNode } from 'react';
import { useDocumentTitle } from '@/lib/use-document-title';

/** Before the shell exists (session check, sign-in redirect, fatal error): a centred `<main>`. */
export function FullPageStatus({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return <main className="standalone">{children}</main>;
}
