/**
 * Where a key moves the focus in a row of tabs or a menu of `count` items (WAI-ARIA's roving focus):
 * the arrows of `orientation` step and wrap at both ends, Home and End jump. Any other key: undefined,
 * so the caller leaves the event alone.
 */
export function rovingTarget(
  key: string,
  index: number,
  count: number,
  orientation: 'horizontal' | 'vertical',
): number | undefined {
  const last = count - 1;
  const [next, previous] =
    orientation === 'horizontal' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowDown', 'ArrowUp'];
  const moves: Record<string, number> = {
    [next]: index === last ? 0 : index + 1,
    [previous]: index === 0 ? last : index - 1,
    Home: 0,
    End: last,
  };
  return moves[key];
}
