import { AppError } from './app-error.ts';
import { databaseUnavailable } from './database-unavailable.ts';

interface HttpParserError {
  type?: unknown;
  status?: unknown;
}

/**
 * Maps anything thrown to an AppError. Body-parser failures are the client's fault (400), never a 500;
 * a database that is away or overloaded is 503 with Retry-After (never a 500: nothing is wrong with the
 * request, it can be sent again); everything unknown becomes INTERNAL, whose message reveals nothing of the original error.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const parser = (typeof error === 'object' && error !== null ? error : {}) as HttpParserError;
  if (parser.type === 'entity.parse.failed')
    return new AppError('VALIDATION_FAILED', 'The request body is not valid JSON.');
  if (parser.type === 'entity.too.large')
    return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  // The router decodes path segments and throws URIError (status 400) for `%E0%A4%A` and the like.
  if (error instanceof URIError) return new AppError('VALIDATION_FAILED', 'The request path is not valid.');
  if (typeof parser.type === 'string' && typeof parser.status === 'number' && parser.status < 500) {
    return new AppError('VALIDATION_FAILED', 'The request body could not be read.');
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable) return unavailable;
  return new AppError(
    'INTERNAL',
    'Something went wrong on our side. Quote the correlation id if you report it.',
  );
}
