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

/**
 * The English sentence and its key for the console (`events:detail.<key>`): both from one place, so the
 * two cannot drift. Zoho's own words, field names and record ids travel as values.
 */
const explained = (key: string, params: Record<string, string>, message: string) => ({
  message,
  detail: { key, params },
});

function recordRefusal(result: ZohoRecordResult, module: ZohoModule, field: string | null) {
  const zohoMessage = result.message;
  const expected =
    typeof result.details.expected_data_type === 'string' ? result.details.expected_data_type : null;
  switch (result.code) {
    case 'MANDATORY_NOT_FOUND':
      return field
        ? explained(
            'mandatory',
            { module, field },
            `Zoho requires ${field} on ${module}, but the mapping left it empty. Map a value to it in the channel's settings.`,
          )
        : explained(
            'mandatory_unnamed',
            { module },
            `Zoho requires a field on ${module} that the mapping left empty. Map a value to it in the channel's settings.`,
          );
    case 'INVALID_DATA':
      if (!field && typeof result.details.id === 'string') {
        const id = result.details.id;
        return explained(
          'record_gone',
          { module, id },
          `The ${module} record ${id} no longer exists in Zoho (deleted or merged), so it could not be updated.`,
        );
      }
      if (!field)
        return explained(
          'invalid_value_unnamed',
          { module, zohoMessage },
          `Zoho refused a value on ${module}: ${zohoMessage}. Check the mapping.`,
        );
      return expected
        ? explained(
            'invalid_value_expected',
            { module, field, expected, zohoMessage },
            `Zoho refused the value of ${field} on ${module} (it expects ${expected}): ${zohoMessage}. Check the mapping for this field.`,
          )
        : explained(
            'invalid_value',
            { module, field, zohoMessage },
            `Zoho refused the value of ${field} on ${module}: ${zohoMessage}. Check the mapping for this field.`,
          );
    case 'DUPLICATE_DATA':
      return field
        ? explained(
            'duplicate',
            { module, field },
            `Zoho refused the ${module} record: ${field} already has this value on another record.`,
          )
        : explained(
            'duplicate_unnamed',
            { module },
            `Zoho refused the ${module} record: a unique field already has this value on another record.`,
          );
    default:
      return explained(
        'record_refused',
        { module, code: result.code, zohoMessage },
        `Zoho refused the ${module} record: ${zohoMessage} (${result.code}).`,
      );
  }
}

/** A per-record refusal in Zoho's words, turned into a sentence an administrator can act on. */
export function explainRecordError(
  result: ZohoRecordResult,
  module: ZohoModule,
  step: number,
): ActivityError {
  const field = typeof result.details.api_name === 'string' ? result.details.api_name : null;
  return { code: result.code, ...recordRefusal(result, module, field), field, ...at(module, step) };
}

const TRANSIENT_CODES = new Set(['TOO_MANY_REQUESTS', 'INTERNAL_ERROR']);

/** The event's records are written; a file server failed transiently and its file is tried again later. */
export const ATTACHMENT_DEFERRED = 'attachment_download_deferred';

/** Classifies anything thrown while processing; unknown errors are retried (they may be ours: the database). */
export function classifyError(error: unknown, module: ZohoModule | null, step: number | null): Outcome {
  const none = { field: null, ...at(module, step) };
  if (error instanceof AttachmentDeferredError) {
    const { reason } = error;
    const text = explained(
      'attachment_deferred',
      { reason },
      `A file could not be downloaded yet (${reason}). The records are in Zoho; the file is tried again automatically.`,
    );
    return { kind: 'retry', error: { code: ATTACHMENT_DEFERRED, ...text, ...none } };
  }
  if (error instanceof ZohoNeedsReconnectError)
    return {
      kind: 'wait_reconnect',
      error: { code: 'needs_reconnect', ...explained('needs_reconnect', {}, error.message), ...none },
    };
  if (error instanceof ZohoNotConnectedError)
    return {
      kind: 'not_connected',
      error: { code: 'not_connected', ...explained('not_connected', {}, error.message), ...none },
    };
  if (error instanceof ZohoThrottledError) {
    const seconds = String(error.retryAfterSeconds);
    const text = explained('throttled', { seconds }, error.message);
    return { kind: 'retry', error: { code: error.zohoCode, ...text, ...none } };
  }
  if (error instanceof ZohoUnreachableError) {
    const text = explained('unreachable', { reason: error.reason }, error.message);
    return { kind: 'retry', error: { code: error.zohoCode, ...text, ...none } };
  }
  if (error instanceof ZohoApiError) return classifyApiError(error, module, none);
  const text = explained(
    'internal',
    {},
    'An internal error interrupted processing; the event is retried automatically.',
  );
  return { kind: 'retry', error: { code: 'internal', ...text, ...none } };
}

function classifyApiError(
  error: ZohoApiError,
  module: ZohoModule | null,
  none: { field: null; module: ZohoModule | null; step: number | null },
): Outcome {
  const code = error.zohoCode;
  const zohoMessage = error.zohoMessage;
  if (error.httpStatus === 429 || error.httpStatus >= 500 || TRANSIENT_CODES.has(code)) {
    const text = explained(
      'zoho_busy',
      { code },
      `Zoho CRM is busy or unavailable (${code}); the event is retried automatically.`,
    );
    return { kind: 'retry', error: { code, ...text, ...none } };
  }
  if (code === 'OAUTH_SCOPE_MISMATCH' || code === 'NO_PERMISSION') {
    const tail = `(${code}): ${zohoMessage}. Reconnect with a user who may, then retry.`;
    const text = module
      ? explained(
          'no_permission',
          { module, code, zohoMessage },
          `The connected Zoho user may not write ${module} ${tail}`,
        )
      : explained(
          'no_permission_unnamed',
          { code, zohoMessage },
          `The connected Zoho user may not write this record ${tail}`,
        );
    return { kind: 'fail', error: { code, ...text, ...none } };
  }
  const text = explained(
    'refused',
    { code, zohoMessage },
    `Zoho CRM refused the request: ${zohoMessage} (${code}).`,
  );
  return { kind: 'fail', error: { code, ...text, ...none } };
}
