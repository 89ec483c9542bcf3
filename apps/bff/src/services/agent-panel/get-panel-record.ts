import type { PanelReadModule, PanelRecord } from '@cxc/shared/api/agent-panel';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { openPanelSession } from './panel-session.ts';
import { withRelated } from './read-related.ts';

/** One Lead, Contact or Account with its open Tasks and Cases. */
export async function getPanelRecord(
  deps: AppDeps,
  tenantId: string,
  module: PanelReadModule,
  id: string,
): Promise<PanelRecord> {
  const { zoho, webBase } = await openPanelSession(deps, tenantId);
  const record = await zoho.getRecord(module, id);
  if (!record) throw new AppError('NOT_FOUND', 'Zoho CRM has no such record (it may have been deleted).');
  return withRelated(zoho, module, record, webBase);
}
