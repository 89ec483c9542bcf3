import { describeZohoRefusal } from '../../zoho/describe-zoho-refusal.ts';
import type { ZohoError } from '../../zoho/zoho-errors.ts';

/** One part of the org's metadata that could not be read, in words an administrator can act on. */
export interface MetadataFailure {
  /** A module API name, or `Users`. */
  module: string;
  /** Zoho's own code (`NO_PERMISSION`, `OAUTH_SCOPE_MISMATCH` …) or ours (`zoho_unreachable`, `throttled`). */
  code: string;
  message: string;
}

export function describeZohoFailure(module: string, error: ZohoError): MetadataFailure {
  const what = module === 'Users' ? 'the list of users' : `the ${module} fields`;
  const message = describeZohoRefusal(error, {
    module,
    what,
    missingModuleNote: ' (it may be switched off, or the edition lacks it)',
    throttledTail: `, so ${what} could not be read. Try again later.`,
    refusedTail: '',
    internal: `${what} could not be read because of an internal error. Try again later.`,
  });
  return { module, code: error.zohoCode, message };
}
