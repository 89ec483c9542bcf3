import type { ZohoOrgSummary } from '@cxc/shared/api/zoho-connection';
import type { Queryable } from '../../db/queryable.ts';
import type { ConnectionWarning, ZohoUserSummary } from '../../zoho/connection-store.ts';
import type { ZohoClient } from '../../zoho/zoho-client.ts';
import { ZohoError } from '../../zoho/zoho-errors.ts';
import type { AuditActor } from '../../audit/record-audit.ts';
import { notAdministratorWarning, userSummary } from './zoho-summaries.ts';

export interface CheckedUser {
  user: ZohoUserSummary | null;
  warnings: ConnectionWarning[];
}

/**
 * Reads the Zoho user the token acts as (`users?type=CurrentUser`) and warns when it is not an
 * Administrator: owner mapping reads other users, some settings are admin-only. Called outside any
 * transaction (it is a Zoho call); a failure becomes a warning, not a failed connection.
 */
export async function checkCurrentUser(
  zoho: ZohoClient,
  warnings: ConnectionWarning[],
): Promise<CheckedUser> {
  const kept = warnings.filter((warning) => !['not_administrator', 'user_unknown'].includes(warning.code));
  try {
    const current = await zoho.currentUser();
    const user = current ? userSummary(current) : null;
    if (user && !user.isAdministrator) kept.push(notAdministratorWarning(user));
    return { user, warnings: kept };
  } catch (error) {
    if (!(error instanceof ZohoError)) throw error;
    kept.push({
      code: 'user_unknown',
      message: `The connected Zoho user could not be read (${error.zohoCode}); its profile was not checked.`,
    });
    return { user: null, warnings: kept };
  }
}

/** Makes the connection `connected` for `org`. */
export async function completeOrg(
  db: Queryable,
  input: { tenantId: string; org: ZohoOrgSummary; actor: AuditActor; checked: CheckedUser },
): Promise<void> {
  await db.query(
    `update zoho_connections set status = 'connected', org = $2, zoho_user = $3, warnings = $4,
       available_orgs = '[]', connected_at = now(), connected_by = $5
     where tenant_id = $1`,
    [
      input.tenantId,
      JSON.stringify(input.org),
      JSON.stringify(input.checked.user),
      JSON.stringify(input.checked.warnings),
      input.actor.email,
    ],
  );
}
