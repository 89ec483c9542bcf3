/**
 * An inline error below its control, the one look every form shares; the control points at it with
 * aria-describedby (see `Field` and the settings controls' `useFieldError`).
 */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="field__error">
      {text}
    </p>
  );
}
