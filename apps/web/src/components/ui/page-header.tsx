import type { ReactNode } from 'react';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The screen's one `<h1>`; it also names the browser tab. */
export function PageHeader({ title, description }: { title: string; description?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <h1 className="page-header__title">{title}</h1>
      {description ? <p className="page-header__description">{description}</p> : null}
    </div>
  );
}
