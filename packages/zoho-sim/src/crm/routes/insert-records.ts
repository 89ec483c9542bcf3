import type { Value } from '../store/stored-record.ts';
import { handle } from '../http/context.ts';
import { resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import type { CrmServices } from '../services.ts';
import { attempt, batchStatus, readBatch, success, writeDetails } from '../write/batch.ts';
import { insertRecord, writeTarget } from '../write/record-writer.ts';

/**
 * `POST /crm/v2/{module}`: up to 100 records; 201 all added, 207 mixed, 400 none. `trigger` picks the
 * org automation that runs; Leads take `lar_id` (a Lead assignment rule that sets the owner).
 */
export function insertRecords(s: CrmServices) {
  return handle((req, res, ctx) => {
    const module = resolveModule(ctx.org, routeParam(req, 'module'));
    requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'CREATE'));
    const batch = readBatch(req);
    const orgId = ctx.org.org.id;
    const trigger = s.automation.triggers(req.body);
    const lar = s.automation.assignmentRule(orgId, module.apiName, req.body);
    if (batch.length > 10) ctx.enterComplex();
    ctx.charge(1);
    const t = writeTarget(ctx, module, s.state.activeUserIds(orgId));
    const ids: string[] = [];
    const data = batch.map((input) =>
      attempt(() => {
        const owner: Record<string, Value> = lar ? { Owner: { id: s.automation.assignee(lar, input) } } : {};
        const rec = insertRecord(ctx, t, input, owner);
        ids.push(ctx.org.id(rec.seq));
        s.automation.record(orgId, module.apiName, 'create', rec, ctx.org.id(rec.seq), trigger, lar);
        return success('record added', writeDetails(ctx.render, rec));
      }),
    );
    res.status(batchStatus(data, 201)).json({ data });
    s.dispatcher.publish({ orgId: ctx.org.org.id, module: module.apiName, op: 'create', ids });
  });
}
