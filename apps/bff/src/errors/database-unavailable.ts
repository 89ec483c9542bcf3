import { AppError } from './app-error.ts';

/** Seconds a caller should wait before sending again when the database is away or the server is full. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** Socket errors of a database that is down, restarting or partitioned away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/**
 * SQLSTATEs that say "the database cannot serve now", not "this request is wrong": 08 connection
 * exceptions, 57P01-57P03 shutdown / crash / not yet accepting, 53300 too many connections and 57014 a
 * statement cancelled by `statement_timeout` (the database is too slow to answer in time).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith('08') || ['57P01', '57P02', '57P03', '53300', '57014'].includes(code);
}

/**
 * pg and pg-pool report a lost or hung connection with plain Errors; their messages are the only mark.
 * `timeout exceeded when trying to connect` is the pool's wait for a free client (overload), the others
 * a connection that never came up or went silent (see db/pool.ts for the timeouts).
 */
const PG_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Query read timeout',
  'timeout expired',
];

function isUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || (/^[0-9A-Z]{5}$/.test(code) && isUnavailableSqlState(code)))
  )
    return true;
  if (typeof message === 'string' && PG_MESSAGES.some((known) => message.startsWith(known))) return true;
  // ECONNREFUSED on a host with several addresses arrives as an AggregateError of one error per address.
  if (Array.isArray(errors) && errors.some((inner) => isUnavailable(inner, depth + 1))) return true;
  return isUnavailable(cause, depth + 1);
}

/** A 503 with `Retry-After` when `error` means the database cannot serve now; otherwise undefined. */
export function databaseUnavailable(error: unknown): AppError | undefined {
  if (!isUnavailable(error)) return undefined;
  return new AppError(
    'SERVICE_UNAVAILABLE',
    'The service is briefly unavailable. Nothing was changed; please try again shortly.',
    [],
    { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS },
  );
}
