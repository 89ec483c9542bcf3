import type { Response } from 'express';

/** Zoho's paged list envelope; an empty page is 204 with no body. */
export function sendPage<T>(
  res: Response,
  key: string,
  all: readonly T[],
  page: number,
  perPage: number,
  render: (item: T) => unknown,
): void {
  const start = (page - 1) * perPage;
  const slice = all.slice(start, start + perPage);
  if (slice.length === 0) {
    res.status(204).end();
    return;
  }
  res.status(200).json({
    [key]: slice.map(render),
    info: { per_page: perPage, count: slice.length, page, more_records: start + slice.length < all.length },
  });
}
