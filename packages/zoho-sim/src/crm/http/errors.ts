import type { Response } from 'express';
import type { ZohoApiErrorBody } from '../../core/types.ts';

/** Whole-request error codes, their HTTP status and Zoho's usual message. */
const TABLE = {
  AUTHENTICATION_FAILURE: [401, 'Authentication failed'],
  INVALID_TOKEN: [401, 'invalid oauth token'],
  OAUTH_SCOPE_MISMATCH: [401, 'invalid oauth scope to access this URL'],
  NO_PERMISSION: [403, 'permission denied'],
  INVALID_URL_PATTERN: [404, 'Please check if the URL trying to access is a correct one'],
  INVALID_MODULE: [400, 'the module name given seems to be invalid'],
  INVALID_REQUEST_METHOD: [400, 'The http request method type is not a valid one'],
  INVALID_DATA: [400, 'invalid data'],
  REQUIRED_PARAM_MISSING: [400, 'One of the expected parameter is missing'],
  EXPECTED_PARAM_MISSING: [400, 'One of the expected parameter is missing'],
  MANDATORY_NOT_FOUND: [400, 'required field not found'],
  LIMIT_EXCEEDED: [400, 'Record count exceeded'],
  LIMIT_REACHED: [400, 'limit reached'],
  NOT_SUPPORTED: [400, 'The API is not supported for this module'],
  SYNTAX_ERROR: [400, 'error occured while parsing the query'],
  INVALID_QUERY: [400, 'Invalid query formed'],
  DUPLICATE_DATA: [400, 'duplicate data'],
  NOT_SUBSCRIBED: [400, 'Not subscribed for actions-watch of the given channel'],
  FILE_SIZE_MORE_THAN_ALLOWED_SIZE: [413, 'Please check if the size of the file is in the correct range'],
  BODY_SIZE_REACHED: [413, 'The request body exceeds the allowed size'],
  // Bulk Read API codes (the v2 SDK's bulk_read APIException list).
  RESOURCE_NOT_FOUND: [404, "The requested resource doesn't exist."],
  MEDIA_TYPE_NOT_SUPPORTED: [415, 'Media type is not supported.'],
  REQUEST_BODY_NOT_READABLE: [400, 'Unable to parse the request body.'],
  REQUEST_BODY_IS_EMPTY: [400, 'Request body is empty.'],
  MODULE_NOT_AVAILABLE: [400, 'Requested module is not available.'],
  MODULE_NOT_SUPPORTED: [400, 'Invalid module for the query.'],
  FIELD_NOT_AVAILABLE: [400, 'Requested field api name is not available for the module.'],
  INVALID_CRITERIA: [400, 'Invalid criteria for the query.'],
  CRITERIA_LIMIT_EXCEEDED: [400, 'Number of criteria exceeded the maximum limit of 25'],
  FIELD_COMPARATOR_IN_CRITERIA_NOT_SUPPORTED: [400, "Field api name doesn't support this comparator."],
  VALUE_IN_CRITERIA_NOT_SUPPORTED: [400, 'Value is not supported for criteria.'],
  PAGE_RANGE_EXCEEDED: [400, 'Invalid page number for query.'],
  INVALID_CALLBACK_URL: [400, 'Invalid URL for callback.'],
  INVALID_CALLBACK_METHOD: [400, 'Invalid request method for callback.'],
  TOO_MANY_REQUESTS: [429, 'too many requests. please try again after some time'],
  INTERNAL_ERROR: [500, 'Internal Server Error'],
} as const satisfies Record<string, readonly [number, string]>;

export type ZohoErrorCode = keyof typeof TABLE;

/** A whole-request error a handler can throw; the router's error handler sends it. */
export class ZohoError extends Error {
  constructor(
    readonly code: ZohoErrorCode,
    readonly details: Record<string, unknown> = {},
    message?: string,
    readonly status: number = TABLE[code][0],
  ) {
    super(message ?? TABLE[code][1]);
  }

  body(): ZohoApiErrorBody {
    return { code: this.code, details: this.details, message: this.message, status: 'error' };
  }
}

export function sendZohoError(res: Response, err: ZohoError): void {
  res.status(err.status).json(err.body());
}
