import type { ActivityError } from '@cxc/shared/api/activity';
import type { ZohoModule } from '@cxc/shared/domain/modules';
import {
  ZohoApiError,
  ZohoNeedsReconnectError,
  ZohoNotConnectedError,
  ZohoThrottledError,
  ZohoUnreachableError,
} from '../../zoho/zoho-errors.ts';
import type { ZohoRecordResult } from '../../zoho/zoho-client.ts';
import { AttachmentDeferredError } from '../attachments/upload-attachments.ts';

/** What to do with an event after an error: try later, give up, or wait for a reconnect. */
export type Outcome =
  | { kind: 'retry'; error: ActivityError }
  | { kind: 'fail'; error: ActivityError }
  | { kind: 'wait_reconnect'; error: ActivityError }
  | { kind: 'not_connected'; error: ActivityError };

const at = (module: ZohoModule | null, step: number | null) => ({ module, step });

/** A per-record refusal in Zoho's words, turned into a sentence an administrator can act on. */
export function explainRecordError(
  result: ZohoRecordResult,
  module: ZohoModule,
  step: number,
): ActivityError {
  const field = typeof result.details.api_name === 'string' ? result.details.api_name : null;
  const expected =
    typeof result.details.expected_data_type === 'string' ? result.details.expected_data_type : null;
  let message: string;
  switch (result.code) {
    case 'MANDATORY_NOT_FOUND':
      message = `Zoho requires ${field ?? 'a field'} on ${module}, but the mapping left it empty. Map a value to it in the channel's settings.`;
      break;
    case 'INVALID_DATA':
      if (!field && typeof result.details.id === 'string') {
        message = `The ${module} record ${result.details.id} no longer exists in Zoho (deleted or merged), so it could not be updated.`;
        break;
      }
      message = `Zoho refused the value of ${field ?? 'a field'} on ${module}${expected ? ` (it expects ${expected})` : ''}: ${result.message}. Check the mapping for this field.`;
      break;
    case 'DUPLICATE_DATA':
      message = `Zoho refused the ${module} record: ${field ?? 'a unique field'} already has this value on another record.`;
      break;
    default:
      message = `Zoho refused the ${module} record: ${result.message} (${result.code}).`;
  }
  return { code: result.code, message, field, ...at(module, step) };
}

const TRANSIENT_CODES = new Set(['TOO_MANY_REQUESTS', 'INTERNAL_ERROR']);

/** The event's records are written; a file server failed transiently and its file is tried again later. */
export const ATTACHMENT_DEFERRED = 'attachment_download_deferred';

/** Classifies anything thrown while processing; unknown errors are retried (they may be ours: the database). */
export function classifyError(error: unknown, module: ZohoModule | null, step: number | null): Outcome {
  if (error instanceof AttachmentDeferredError)
    return {
      kind: 'retry',
      error: {
        code: ATTACHMENT_DEFERRED,
        message: `A file could not be downloaded yet (${error.reason}). The records are in Zoho; the file is tried again automatically.`,
        field: null,
        ...at(module, step),
      },
    };
  if (error instanceof ZohoNeedsReconnectError)
    return {
      kind: 'wait_reconnect',
      error: { code: 'needs_reconnect', message: error.message, field: null, ...at(module, step) },
    };
  if (error instanceof ZohoNotConnectedError)
    return {
      kind: 'not_connected',
      error: { code: 'not_connected', message: error.message, field: null, ...at(module, step) },
    };
  if (error instanceof ZohoThrottledError || error instanceof ZohoUnreachableError)
    return {
      kind: 'retry',
      error: { code: error.zohoCode, message: error.message, field: null, ...at(module, step) },
    };
  if (error instanceof ZohoApiError) {
    const base = { code: error.zohoCode, field: null, ...at(module, step) };
    if (error.httpStatus === 429 || error.httpStatus >= 500 || TRANSIENT_CODES.has(error.zohoCode))
      return {
        kind: 'retry',
        error: {
          ...base,
          message: `Zoho CRM is busy or unavailable (${error.zohoCode}); the event is retried automatically.`,
        },
      };
    if (error.zohoCode === 'OAUTH_SCOPE_MISMATCH' || error.zohoCode === 'NO_PERMISSION')
      return {
        kind: 'fail',
        error: {
          ...base,
          message: `The connected Zoho user may not write ${module ?? 'this record'} (${error.zohoCode}): ${error.zohoMessage}. Reconnect with a user who may, then retry.`,
        },
      };
    return {
      kind: 'fail',
      error: { ...base, message: `Zoho CRM refused the request: ${error.zohoMessage} (${error.zohoCode}).` },
    };
  }
  return {
    kind: 'retry',
    error: {
      code: 'internal',
      message: 'An internal error interrupted processing; the event is retried automatically.',
      field: null,
      ...at(module, step),
    },
  };
}
