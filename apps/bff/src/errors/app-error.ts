import { ERROR_STATUS, type ErrorCode, type FieldIssue } from '@cxc/shared/api/errors';

/**
 * The one error type handlers throw. `message` is shown to users, so it must be safe to display:
 * never put a token, secret or internal detail in it.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** Sent as `Retry-After` by the error handler: the caller may send the same request again then. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    issues: FieldIssue[] = [],
    options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
