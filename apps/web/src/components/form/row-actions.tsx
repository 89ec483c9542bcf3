import { useTranslation } from 'react-i18next';

interface RowActionsProps {
  /** Id prefix of the row: the buttons are `<idBase>-up`, `-down`, `-remove` (focus targets after a move). */
  idBase: string;
  index: number;
  count: number;
  /** Names the row in each button's accessible name: "Move rule 2 up". */
  item: string;
  onMove?: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/**
 * Move up, move down and remove for one row of an ordered list. At the ends, the move buttons stay
 * focusable (aria-disabled) so focus is not lost when a row reaches the top or the bottom.
 */
export function RowActions({ idBase, index, count, item, onMove, onRemove }: RowActionsProps) {
  const { t } = useTranslation('settings');
  const first = index === 0;
  const last = index === count - 1;
  return (
    <div className="row-actions">
      {onMove ? (
        <>
          <button
            id={`${idBase}-up`}
            type="button"
            className="button button--secondary button--small"
            aria-disabled={first || undefined}
            onClick={() => (first ? undefined : onMove(index, index - 1))}
          >
            <span aria-hidden="true">↑</span>
            <span className="sr-only">{t('rowActions.moveUp', { item })}</span>
          </button>
          <button
            id={`${idBase}-down`}
            type="button"
            className="button button--secondary button--small"
            aria-disabled={last || undefined}
            onClick={() => (last ? undefined : onMove(index, index + 1))}
          >
            <span aria-hidden="true">↓</span>
            <span className="sr-only">{t('rowActions.moveDown', { item })}</span>
          </button>
        </>
      ) : null}
      <button
        id={`${idBase}-remove`}
        type="button"
        className="button button--secondary button--small"
        onClick={() => onRemove(index)}
      >
        <span aria-hidden="true">✕</span>
        <span className="sr-only">{t('rowActions.remove', { item })}</span>
      </button>
    </div>
  );
}
