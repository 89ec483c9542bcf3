import { ZohoApiError, ZohoError } from '../../zoho/zoho-errors.ts';

/** A sync failure in words an administrator can act on; never a token, never a stack trace. */
export function describeSyncError(module: string, error: unknown): string {
  if (error instanceof ZohoApiError) {
    switch (error.zohoCode) {
      case 'NO_PERMISSION':
        return `The connected Zoho user may not read ${module}. Connect with a Zoho administrator, or give that user's profile this permission.`;
      case 'OAUTH_SCOPE_MISMATCH':
        return `The connection was authorized without permission to read ${module}. Reconnect Zoho CRM to grant it.`;
      case 'INVALID_MODULE':
      case 'NOT_SUPPORTED':
        return `This Zoho org offers no ${module} module through its API.`;
      case 'TOO_MANY_REQUESTS':
        return `Zoho's API limit for this org is used up for now; ${module} sync tries again shortly.`;
      default:
        return `Zoho CRM refused to send ${module}: ${error.zohoMessage} (${error.zohoCode}). Sync tries again shortly.`;
    }
  }
  if (error instanceof ZohoError) return error.message;
  return `${module} could not be synchronised because of an internal error; sync tries again shortly.`;
}
