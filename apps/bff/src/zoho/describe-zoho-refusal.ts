import { ZohoApiError, ZohoError } from './zoho-errors.ts';

/**
 * How one caller words a Zoho refusal: the metadata loader says "the Leads fields … Try again later.",
 * the mirror sync says "Leads … sync tries again shortly." The reasons and advice stay the same for both.
 */
export interface RefusalWording {
  /** A module API name, or `Users`. */
  module: string;
  /** What was being read, as the sentence names it (`the Leads fields`, `the list of users`, `Leads`). */
  what: string;
  /** Follows "offers no Leads module through its API" (e.g. why a module can be missing), or nothing. */
  missingModuleNote: string;
  /** Follows "Zoho's API limit for this org is used up for now" (what that stopped and what happens next). */
  throttledTail: string;
  /** Follows Zoho's own words on any other refusal (what happens next), or nothing. */
  refusedTail: string;
  /** When the failure is not Zoho's at all (our bug, our database): the whole sentence. */
  internal: string;
}

function explainApiRefusal(error: ZohoApiError, w: RefusalWording): string {
  switch (error.zohoCode) {
    case 'NO_PERMISSION':
      return `The connected Zoho user may not read ${w.what}. Connect with a Zoho administrator, or give that user's profile this permission.`;
    case 'OAUTH_SCOPE_MISMATCH':
      return `The connection was authorized without permission to read ${w.what}. Reconnect Zoho CRM to grant it.`;
    case 'INVALID_MODULE':
    case 'NOT_SUPPORTED':
      return `This Zoho org offers no ${w.module} module through its API${w.missingModuleNote}.`;
    case 'TOO_MANY_REQUESTS':
      return `Zoho's API limit for this org is used up for now${w.throttledTail}`;
    default:
      return `Zoho CRM refused to send ${w.what}: ${error.zohoMessage} (${error.zohoCode}).${w.refusedTail}`;
  }
}

/** A failed read from Zoho in words an administrator can act on; never a token, never a stack trace. */
export function describeZohoRefusal(error: unknown, wording: RefusalWording): string {
  if (error instanceof ZohoApiError) return explainApiRefusal(error, wording);
  // Not connected, unreachable, throttled: their own messages are already written for users.
  if (error instanceof ZohoError) return error.message;
  return wording.internal;
}
