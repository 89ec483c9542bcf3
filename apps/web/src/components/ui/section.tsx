import type { ReactNode } from 'react';

/** A titled region of a screen; `aside` sits beside the heading (e.g. a count). */
export function Section({
  id,
  title,
  aside,
  children,
}: {
  id: string;
  title: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section className="section" aria-labelledby={headingId}>
      <div className="section__header">
        <h2 id={headingId} className="section__title">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
