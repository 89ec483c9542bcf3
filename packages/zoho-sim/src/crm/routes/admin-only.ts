import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';

/**
 * Writes to org-level configuration (settings, users, org details). Zoho lets only the
 * Administrator profile make them, so anyone else gets NO_PERMISSION (403). The simulator does not
 * implement the writes themselves, so an administrator is told the method is not supported here.
 */
export function adminOnly(permission: string) {
  return handle((_req, _res, ctx) => {
    const member = ctx.auth.user.orgs.find((m) => m.orgId === ctx.org.org.id);
    if (member?.profile !== 'Administrator')
      throw new ZohoError('NO_PERMISSION', { permissions: [permission] }, 'permission denied');
    throw new ZohoError('INVALID_REQUEST_METHOD');
  });
}
