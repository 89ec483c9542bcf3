import type { Value } from '../store/stored-record.ts';
import type { Request } from 'express';
import { handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { resolveModule, routeParam } from '../http/params.ts';
import { moduleScope, requireScopes } from '../http/scopes.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { CrmServices } from '../services.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { stringValue } from '../store/stored-record.ts';
import { attempt, batchStatus, readBatch, success, writeDetails } from '../write/batch.ts';
import { insertRecord, updateRecord, writeTarget } from '../write/record-writer.ts';

/**
 * Duplicate-check order: the body's `duplicate_check_fields`, else the module's system-defined ones
 * then its unique fields. Only those fields are allowed; Leads/Contacts Email is not unique, so plain
 * inserts never fail on it.
 */
function checkFields(req: Request, module: ModuleDef): string[] {
  const allowed = [...module.duplicateCheck, ...module.fields.filter((f) => f.unique).map((f) => f.apiName)];
  const raw = (req.body as { duplicate_check_fields?: unknown }).duplicate_check_fields;
  if (raw === undefined) return allowed;
  if (!Array.isArray(raw)) throw new ZohoError('INVALID_DATA', { api_name: 'duplicate_check_fields' });
  for (const f of raw) {
    if (typeof f !== 'string' || !allowed.includes(f)) throw new ZohoError('INVALID_DATA', { api_name: f });
  }
  return raw as string[];
}

/** The oldest record whose `field` equals the input value (case-insensitive), via the field index. */
function findDuplicate(org: OrgCrm, module: ModuleDef, field: string, value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const store = org.store(module.apiName);
  const matches = store
    .lookup(field, value)
    .filter(
      (seq) => (stringValue(store.get(seq)?.values[field]) ?? '').toLowerCase() === value.toLowerCase(),
    );
  return matches.length ? Math.min(...matches) : undefined;
}

/** `POST /crm/v2/{module}/upsert`: 201 when every record was inserted, 200 otherwise; 207 / 400 on failures. */
export function upsertRecords(s: CrmServices) {
  return handle((req, res, ctx) => {
    const module = resolveModule(ctx.org, routeParam(req, 'module'));
    if (module.duplicateCheck.length === 0) throw new ZohoError('NOT_SUPPORTED', { resource_path_index: 0 });
    requireScopes(
      ctx.auth.scopes,
      moduleScope(module.scopeName, 'CREATE'),
      moduleScope(module.scopeName, 'UPDATE'),
    );
    const batch = readBatch(req);
    const fields = checkFields(req, module);
    const trigger = s.automation.triggers(req.body);
    const lar = s.automation.assignmentRule(ctx.org.org.id, module.apiName, req.body);
    if (batch.length > 10) ctx.enterComplex();
    ctx.charge(1);
    const t = writeTarget(ctx, module, s.state.activeUserIds(ctx.org.org.id));
    const inserted: string[] = [];
    const changed = new Map<string, string[]>();
    const data = batch.map((input) =>
      attempt(() => {
        const body = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
        for (const field of fields) {
          const seq = findDuplicate(ctx.org, module, field, body[field]);
          const existing = seq === undefined ? undefined : ctx.org.store(module.apiName).get(seq);
          if (!existing) continue;
          const result = updateRecord(ctx, t, existing, input);
          const id = ctx.org.id(result.rec.seq);
          changed.set(id, result.changed);
          s.automation.record(ctx.org.org.id, module.apiName, 'edit', result.rec, id, trigger);
          return success('record updated', writeDetails(ctx.render, result.rec), {
            action: 'update',
            duplicate_field: field,
          });
        }
        const owner: Record<string, Value> = lar ? { Owner: { id: s.automation.assignee(lar, input) } } : {};
        const rec = insertRecord(ctx, t, input, owner);
        inserted.push(ctx.org.id(rec.seq));
        s.automation.record(ctx.org.org.id, module.apiName, 'create', rec, ctx.org.id(rec.seq), trigger, lar);
        return success('record added', writeDetails(ctx.render, rec), {
          action: 'insert',
          duplicate_field: null,
        });
      }),
    );
    res.status(batchStatus(data, changed.size === 0 ? 201 : 200)).json({ data });
    const orgId = ctx.org.org.id;
    s.dispatcher.publish({ orgId, module: module.apiName, op: 'create', ids: inserted });
    s.dispatcher.publish({ orgId, module: module.apiName, op: 'edit', ids: [...changed.keys()], changed });
  });
}
