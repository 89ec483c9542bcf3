import type { Request } from 'express';
import type { CrmRequestContext } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { resolveModule, routeParam } from '../http/params.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { StoredRecord } from '../store/stored-record.ts';

/** The parent record of a related list (`/{module}/{id}/Notes|Attachments`). */
export function relatedParent(
  req: Request,
  ctx: CrmRequestContext,
): { module: ModuleDef; id: string; rec: StoredRecord } {
  const module = resolveModule(ctx.org, routeParam(req, 'module'));
  const id = routeParam(req, 'id') ?? '';
  const rec = ctx.org.record(module.apiName, id);
  if (!rec) throw new ZohoError('INVALID_DATA', { id }, 'the related id given seems to be invalid');
  return { module, id, rec };
}
