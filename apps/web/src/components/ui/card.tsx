import type { ReactNode } from 'react';

interface CardProps {
  /** Heading of the card; its id labels the card for assistive technology. */
  title: ReactNode;
  titleId: string;
  icon?: ReactNode;
  /** Shown at the heading's end, e.g. a status badge. */
  aside?: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
}

export function Card({ title, titleId, icon, aside, headingLevel = 3, children }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card" aria-labelledby={titleId}>
      <div className="card__header">
        {icon ? (
          <span className="card__icon" aria-hidden="true">
            {icon}
          </span>
        ) : null}
        <Heading id={titleId} className="card__title">
          {title}
        </Heading>
        {aside ? <div className="card__aside">{aside}</div> : null}
      </div>
      <div className="card__body">{children}</div>
    </article>
  );
}
