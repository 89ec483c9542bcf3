import type { Operation, PlanLink, ZohoValue } from '@cxc/shared/domain/plan-schema';

type Writing = Pick<Extract<Operation, { kind: 'create' | 'update' }>, 'fields' | 'links'>;

/** How the dry run shows the id of a record an earlier step will create. */
export const previewId = (step: number) => `{{step${step}.id}}`;

function linkValue(link: PlanLink, idOf: (step: number) => string): ZohoValue {
  const id = link.target.ref === 'existing' ? link.target.id : idOf(link.target.step);
  return link.shape === 'lookup' ? { id } : id;
}

/**
 * The record exactly as Zoho v2 takes it inside `{"data":[…]}`: lookups as `{"id"}`, `$se_module`
 * beside What_Id, and for Notes a bare `Parent_Id` with `se_module`. `idOf` maps a step to its new id.
 */
export function toZohoPayload(
  op: Writing,
  idOf: (step: number) => string = previewId,
): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...op.fields };
  for (const link of op.links) {
    payload[link.field] = linkValue(link, idOf);
    if (link.seModuleField) payload[link.seModuleField] = link.target.module;
  }
  return payload;
}
