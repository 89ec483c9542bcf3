import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Defaults to the common "Cancel". */
  cancelLabel?: string;
  pendingLabel?: string;
  pending?: boolean;
  /** `danger` for destructive actions (disconnect, rotate); `primary` for the rest (restore, leave). */
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
  /** Gets focus back when the dialog closes; defaults to whatever had focus when it opened. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * A native modal `<dialog>` (showModal): the page behind it is inert, so focus stays inside. Escape and
 * Cancel close it and return focus to the opener; focus starts on Cancel, the safe choice for a
 * destructive action. Rendered only while open.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  pendingLabel,
  pending = false,
  tone = 'danger',
  onConfirm,
  onCancel,
  returnFocusTo,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancel = useRef(onCancel);
  const busy = useRef(pending);
  useEffect(() => {
    cancel.current = onCancel;
    busy.current = pending;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const opener = returnFocusTo ? returnFocusTo.current : focused;
    if (dialog && !dialog.open) dialog.showModal();
    cancelRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      if (!busy.current) cancel.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, [returnFocusTo]);

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      // The browser's own Escape handling would close the dialog behind React's back.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      <div className="dialog__actions">
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel ?? t('common.cancel')}
        </button>
        <button
          type="button"
          className={`button button--${tone}`}
          aria-disabled={pending || undefined}
          onClick={() => {
            if (!pending) onConfirm();
          }}
        >
          {pending ? <span className="spinner spinner--inline" aria-hidden="true" /> : null}
          {pending ? (pendingLabel ?? confirmLabel) : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
