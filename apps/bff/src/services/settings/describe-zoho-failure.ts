import { ZohoApiError, type ZohoError } from '../../zoho/zoho-errors.ts';

/** One part of the org's metadata that could not be read, in words an administrator can act on. */
export interface MetadataFailure {
  /** A module API name, or `Users`. */
  module: string;
  /** Zoho's own code (`NO_PERMISSION`, `OAUTH_SCOPE_MISMATCH` …) or ours (`zoho_unreachable`, `throttled`). */
  code: string;
  message: string;
}

function explain(what: string, module: string, error: ZohoApiError): string {
  switch (error.zohoCode) {
    case 'NO_PERMISSION':
      return `The connected Zoho user may not read ${what}. Connect with a Zoho administrator, or give that user's profile this permission.`;
    case 'OAUTH_SCOPE_MISMATCH':
      return `The connection was authorized without permission to read ${what}. Reconnect Zoho CRM to grant it.`;
    case 'INVALID_MODULE':
    case 'NOT_SUPPORTED':
      return `This Zoho org offers no ${module} module through its API (it may be switched off, or the edition lacks it).`;
    case 'TOO_MANY_REQUESTS':
      return `Zoho's API limit for this org is used up for now, so ${what} could not be read. Try again later.`;
    default:
      return `Zoho CRM refused to send ${what}: ${error.zohoMessage} (${error.zohoCode}).`;
  }
}

export function describeZohoFailure(module: string, error: ZohoError): MetadataFailure {
  const what = module === 'Users' ? 'the list of users' : `the ${module} fields`;
  const message = error instanceof ZohoApiError ? explain(what, module, error) : error.message;
  return { module, code: error.zohoCode, message };
}
