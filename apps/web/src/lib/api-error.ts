import type { ErrorCode, FieldIssue } from '@cxc/shared/api/errors';

/**
 * Codes the console adds to the server's: the server could not be reached, or it answered with
 * something that is not our contract (a proxy error page, an HTML fallback, a schema mismatch).
 */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR' | 'INVALID_RESPONSE';

interface ApiClientErrorInit {
  status: number;
  code: ClientErrorCode;
  message: string;
  issues?: FieldIssue[];
  correlationId?: string | undefined;
  cause?: unknown;
}

/** Every failed API call ends in this one error type, carrying the parsed error envelope. */
export class ApiClientError extends Error {
  override readonly name = 'ApiClientError';
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly issues: FieldIssue[];
  readonly correlationId: string | undefined;

  constructor(init: ApiClientErrorInit) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.correlationId = init.correlationId;
  }
}

export function isApiClientError(error: unknown): error is ApiClientError {
  return error instanceof ApiClientError;
}

export function isUnauthenticated(error: unknown): boolean {
  return isApiClientError(error) && error.status === 401;
}
