import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';

/**
 * Open state for a button-anchored popup (menu or disclosure panel): Escape closes it and returns
 * focus to the trigger; a click outside or focus leaving the widget closes it without moving focus.
 */
export function usePopover<T extends HTMLElement = HTMLButtonElement>() {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<T>(null);
  const containerRef = useRef<HTMLDivElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, close]);

  const onBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    // relatedTarget is null when focus goes to the page itself (e.g. a click on plain text); the
    // pointerdown handler already covers clicks, so only a real move of focus elsewhere closes here.
    if (next !== null) setOpen(false);
  }, []);

  return { open, setOpen, close, triggerRef, containerRef, onBlur };
}
