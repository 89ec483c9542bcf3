import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyIcon } from './icons';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays visible; the live region has announced it by then. */
const CONFIRMATION_MS = 4000;

/**
 * A read-only value with a copy button that confirms in a polite live region ("Copied"). When the
 * clipboard is unavailable (insecure context, denied permission) it says so and selects the text, so
 * Ctrl+C still works.
 */
export function CopyField({
  label,
  value,
  description,
}: {
  label: string;
  value: string;
  description?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
      inputRef.current?.select();
    }
    timer.current = setTimeout(() => setState('idle'), CONFIRMATION_MS);
  };

  const descriptionId = description ? `${id}-description` : undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {description ? (
        <p id={descriptionId} className="field__description">
          {description}
        </p>
      ) : null}
      <div className="copy-field">
        <input
          ref={inputRef}
          id={id}
          className="input input--mono"
          value={value}
          readOnly
          aria-describedby={descriptionId}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('copy.buttonNamed', { label })}
          onClick={() => void copy()}
        >
          <CopyIcon />
          {t('copy.button')}
        </button>
      </div>
      <p className="copy-field__status" role="status">
        {state === 'copied' ? t('copy.copied') : state === 'failed' ? t('copy.failed') : ''}
      </p>
    </div>
  );
}
