import { useEffect, useRef } from 'react';
import { CopyField } from './copy-field';

interface SecretOnceProps {
  secret: string;
  onDismiss: () => void;
  /** Distinct per use, so the warning's id stays unique on a page. */
  id: string;
  texts: { title: string; warning: string; dismiss: string };
}

/**
 * The one time a secret is on screen; dismissing it (or leaving the page) removes it for good. Focus moves
 * here when it appears, so a screen-reader user hears the warning before anything else.
 */
export function SecretOnce({ secret, onDismiss, id, texts }: SecretOnceProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="secret-once"
      role="region"
      aria-label={texts.title}
      aria-describedby={`${id}-warning`}
    >
      <p id={`${id}-warning`} className="explanation__title">
        {texts.warning}
      </p>
      <CopyField label={texts.title} value={secret} />
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {texts.dismiss}
        </button>
      </div>
    </div>
  );
}
