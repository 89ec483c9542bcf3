import type { Connection } from '@cxc/shared/api/zoho-connection';
import { inTransaction } from '../../db/queryable.ts';
import { AppError } from '../../errors/app-error.ts';
import { readConnection } from '../../zoho/connection-store.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import { openZohoClient } from '../../zoho/get-zoho-client.ts';
import { recordAudit, type AuditActor } from '../../audit/record-audit.ts';
import { checkCurrentUser, completeOrg } from './complete-org.ts';
import { connectionView } from './connection-view.ts';

/** Completes a connection in `choose_org` with one of the orgs the grant reaches. */
export async function chooseOrg(
  deps: ZohoDeps,
  tenantId: string,
  actor: AuditActor,
  orgId: string,
): Promise<Connection> {
  const connection = await readConnection(deps.pool, tenantId);
  if (connection?.status !== 'choose_org')
    throw new AppError('CONFLICT', 'There is no organization to choose: connect to Zoho first.');
  const org = connection.availableOrgs.find((candidate) => candidate.id === orgId);
  if (!org) {
    throw new AppError('VALIDATION_FAILED', 'The request is not valid.', [
      { path: ['orgId'], message: 'Choose one of the listed organizations.', code: 'unknown_org' },
    ]);
  }
  const checked = await checkCurrentUser(
    await openZohoClient(deps, tenantId, connection),
    connection.warnings,
  );
  await inTransaction(deps.pool, async (db) => {
    await completeOrg(db, { tenantId, org, actor, checked });
    await recordAudit(db, {
      tenantId,
      actor,
      action: 'zoho.org_chosen',
      details: {
        orgId: org.id,
        orgName: org.name,
        zohoUser: checked.user?.email,
        isAdministrator: checked.user?.isAdministrator,
      },
    });
  });
  return connectionView(deps, tenantId);
}
