import type { CrmRequestContext } from '../http/context.ts';
import { handle } from '../http/context.ts';
import { resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { CrmServices } from '../services.ts';
import { inputId } from '../write/coerce-value.ts';
import { attempt, batchStatus, readBatch, success, writeDetails } from '../write/batch.ts';
import { invalidData, mandatoryNotFound } from '../write/record-error.ts';
import { updateRecord, writeTarget } from '../write/record-writer.ts';

function runUpdates(
  s: CrmServices,
  ctx: CrmRequestContext,
  module: ModuleDef,
  batch: unknown[],
  body: unknown,
  pathId?: string,
) {
  const t = writeTarget(ctx, module, s.state.activeUserIds(ctx.org.org.id));
  const trigger = s.automation.triggers(body);
  const changed = new Map<string, string[]>();
  const data = batch.map((input) =>
    attempt(() => {
      const raw =
        pathId ?? (typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined);
      if (raw === undefined || raw === null) throw mandatoryNotFound('id');
      const id = inputId(raw);
      const existing = id ? ctx.org.record(module.apiName, id) : undefined;
      if (!id || !existing) throw invalidData({ id: id ?? raw }, 'the id given seems to be invalid');
      const result = updateRecord(ctx, t, existing, input);
      changed.set(id, result.changed);
      s.automation.record(ctx.org.org.id, module.apiName, 'edit', result.rec, id, trigger);
      return success('record updated', writeDetails(ctx.render, result.rec));
    }),
  );
  return { data, changed };
}

/** `PUT /crm/v2/{module}` (each record carries `id`) and `PUT /crm/v2/{module}/{id}`; 200 / 207 / 400. */
export function updateRecords(s: CrmServices) {
  return handle((req, res, ctx) => {
    const module = resolveModule(ctx.org, routeParam(req, 'module'));
    requireScopes(ctx.auth.scopes, moduleScope(module.scopeName, 'UPDATE'));
    const pathId = routeParam(req, 'id');
    const batch = readBatch(req);
    if (batch.length > 10) ctx.enterComplex();
    ctx.charge(1);
    const { data, changed } = runUpdates(
      s,
      ctx,
      module,
      pathId ? batch.slice(0, 1) : batch,
      req.body,
      pathId,
    );
    res.status(batchStatus(data, 200)).json({ data });
    s.dispatcher.publish({
      orgId: ctx.org.org.id,
      module: module.apiName,
      op: 'edit',
      ids: [...changed.keys()],
      changed,
    });
  });
}
