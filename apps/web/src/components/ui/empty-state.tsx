import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  /** Omitted when the page heading already names the situation. */
  title?: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
}

export function EmptyState({ icon, title, headingLevel = 2, children }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <span className="empty-state__icon" aria-hidden="true">
        {icon}
      </span>
      {title ? <Heading className="empty-state__title">{title}</Heading> : null}
      <div className="empty-state__body">{children}</div>
    </div>
  );
}
