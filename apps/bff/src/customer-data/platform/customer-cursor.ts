import { AppError } from '../../errors/app-error.ts';

/**
 * The cursor is opaque to the platform (base64url of `v1:<changed_seq>`), so we may change what is behind
 * it; the version lets a later format tell old cursors apart. Anything that does not decode to exactly
 * this is a 400 naming the field, never a 500 and never "from the beginning" by accident.
 */
const FORMAT = /^v1:(0|[1-9]\d{0,17})$/;

export const encodeCursor = (seq: bigint): string => Buffer.from(`v1:${seq}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | undefined): bigint {
  if (cursor === undefined) return 0n;
  const match = FORMAT.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1] || encodeCursor(BigInt(match[1])) !== cursor)
    throw new AppError('VALIDATION_FAILED', 'The cursor is not one this API returned.', [
      { path: ['cursor'], message: 'must be a nextCursor this API returned', code: 'invalid_cursor' },
    ]);
  return BigInt(match[1]);
}
