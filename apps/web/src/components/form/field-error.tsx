/** An inline error below its control; the control points at it with aria-describedby. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="settings-error">
      {text}
    </p>
  );
}
