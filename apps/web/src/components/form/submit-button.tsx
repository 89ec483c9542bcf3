import type { MouseEvent, ReactNode } from 'react';

interface SubmitButtonProps {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
  variant?: 'primary' | 'secondary';
}

/**
 * While the form is submitting the button says so and ignores further clicks (and Enter in a field,
 * which clicks it too). It stays focusable: `disabled` would drop keyboard focus to the page.
 */
export function SubmitButton({ pending, pendingLabel, children, variant = 'primary' }: SubmitButtonProps) {
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (pending) event.preventDefault();
  };
  return (
    <button
      type="submit"
      className={`button button--${variant}`}
      aria-disabled={pending || undefined}
      onClick={onClick}
    >
      {pending ? <span className="spinner spinner--inline" aria-hidden="true" /> : null}
      {pending ? pendingLabel : children}
    </button>
  );
}
