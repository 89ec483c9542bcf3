import { useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';

interface ConfirmActionButtonProps<T> {
  label: string;
  buttonClassName: string;
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  tone?: 'danger' | 'primary';
  /** The mutation behind the action; its error stays visible in the dialog until it closes. */
  mutation: { isPending: boolean; error: unknown; reset: () => void; mutateAsync: () => Promise<T> };
  /** Inline text for a failed attempt (null while there is none). */
  errorText: (error: unknown) => ReactNode;
  onDone: (result: T) => void;
  children: ReactNode;
}

/**
 * A button that opens a confirmation and runs a mutation from it: focus returns to the button, a failure
 * is shown inside the dialog (nothing is lost), success closes it and reports the result.
 */
export function ConfirmActionButton<T>({
  label,
  buttonClassName,
  mutation,
  errorText,
  onDone,
  children,
  ...dialog
}: ConfirmActionButtonProps<T>) {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    mutation.reset();
  };
  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className={buttonClassName}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open ? (
        <ConfirmDialog
          {...dialog}
          pending={mutation.isPending}
          returnFocusTo={triggerRef}
          onCancel={close}
          onConfirm={() => {
            // mutateAsync, not mutate's callbacks: a success may unmount the caller before they would run.
            void mutation.mutateAsync().then(
              (result) => {
                close();
                onDone(result);
              },
              () => undefined, // shown in the dialog from the mutation's state
            );
          }}
        >
          {children}
          {mutation.error ? (
            <p className="callout callout--danger" role="alert">
              {errorText(mutation.error)}
            </p>
          ) : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
