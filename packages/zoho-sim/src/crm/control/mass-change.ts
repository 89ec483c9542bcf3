import { z } from 'zod';
import type { CrmDeps, SimUser } from '../../core/types.ts';
import type { FieldDef } from '../metadata/field-def.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { Dispatcher } from '../notifications/dispatcher.ts';
import { formatZoned } from '../render/format-time.ts';
import { displayName } from '../render/render-record.ts';
import { fullName } from '../render/user-ref.ts';
import { withComputedFields } from '../store/computed-fields.ts';
import type { CrmState } from '../store/crm-state.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { refId, type StoredRecord, type Value } from '../store/stored-record.ts';

export const MAX_MASS_CHANGE = 100_000;
/** Zoho names at most 100 ids per notification, as a write changes at most 100 records. */
const NOTIFY_BATCH = 100;

export const massChangeInput = z
  .strictObject({
    org_id: z.string().min(1),
    module: z.string().min(1),
    count: z.number().int().min(1).max(MAX_MASS_CHANGE).optional(),
    ids: z.array(z.string().min(1)).min(1).max(MAX_MASS_CHANGE).optional(),
    /** The Zoho user who makes the change (email or id); default the org's first active administrator. */
    as_user: z.string().min(1).optional(),
    set: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    delete: z.boolean().optional(),
    /** With `delete`: skip the recycle bin (`/deleted?type=permanent`). */
    permanent: z.boolean().optional(),
  })
  .refine((b) => (b.count === undefined) !== (b.ids === undefined), { message: 'Give either count or ids.' })
  .refine((b) => !(b.delete && b.set), { message: 'delete and set do not go together.' });

export type MassChangeInput = z.infer<typeof massChangeInput>;

export class MassChangeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function actor(deps: CrmDeps, orgId: string, who: string | undefined): SimUser {
  const active = deps.identity
    .usersOf(orgId)
    .filter((u) => u.orgs.some((m) => m.orgId === orgId && m.status === 'active'));
  const user = who
    ? active.find((u) => u.id === who || u.email.toLowerCase() === who.toLowerCase())
    : (active.find((u) => u.orgs.some((m) => m.orgId === orgId && m.profile === 'Administrator')) ??
      active[0]);
  if (!user) throw new MassChangeError(404, 'USER_NOT_FOUND', 'No active user of the org matches as_user.');
  return user;
}

function pickSeqs(org: OrgCrm, module: ModuleDef, input: MassChangeInput): number[] {
  const store = org.store(module.apiName);
  if (input.ids) {
    return input.ids.map((id) => {
      const seq = org.seq(id);
      if (seq === undefined || !store.has(seq))
        throw new MassChangeError(404, 'RECORD_NOT_FOUND', `No ${module.apiName} record has id ${id}.`);
      return seq;
    });
  }
  // Evenly spread over the module, so the changes land on many pages of a sync.
  const all = [...store.seqs()];
  const n = Math.min(input.count ?? 0, all.length);
  const stride = all.length / Math.max(1, n);
  return Array.from({ length: n }, (_, i) => all[Math.floor(i * stride)] as number);
}

function fieldValue(field: FieldDef, raw: string | number | boolean | null): Value {
  if (raw !== null && (field.dataType === 'lookup' || field.dataType === 'ownerlookup'))
    return { id: String(raw) };
  return raw;
}

function changes(module: ModuleDef, input: MassChangeInput, user: SimUser, now: number, tz: string) {
  const out = new Map<string, Value>();
  for (const [name, raw] of Object.entries(input.set ?? {})) {
    const field = module.fields.find((f) => f.apiName === name);
    if (!field || field.readOnly)
      throw new MassChangeError(400, 'INVALID_FIELD', `${module.apiName} has no writable field ${name}.`);
    out.set(name, fieldValue(field, raw));
  }
  if (!input.set && module.fields.some((f) => f.apiName === 'Description'))
    out.set('Description', `Changed in Zoho by ${fullName(user)} at ${formatZoned(now, tz)}`);
  return out;
}

/**
 * `POST /__sim/crm/mass-change`: what another Zoho user does in the CRM's own screens (mass update,
 * mass delete). Modified_Time and Modified_By change, derived fields (Full_Name) follow, deletions land in the recycle bin (or not), and
 * watch channels are notified exactly as for API writes, 100 ids per callback.
 */
export function massChange(deps: CrmDeps, state: CrmState, dispatcher: Dispatcher, input: MassChangeInput) {
  const simOrg = deps.identity.org(input.org_id);
  if (!simOrg) throw new MassChangeError(404, 'ORG_NOT_FOUND', 'No org has that id.');
  const org = state.orgFor(simOrg);
  const module = org.module(input.module);
  if (!module) throw new MassChangeError(404, 'MODULE_NOT_FOUND', 'No module has that name.');
  const user = actor(deps, simOrg.id, input.as_user);
  const now = deps.clock.now();
  const set = input.delete ? new Map<string, Value>() : changes(module, input, user, now, simOrg.timeZone);
  const seqs = pickSeqs(org, module, input);
  const store = org.store(module.apiName);
  const ids: string[] = [];
  for (const seq of seqs) {
    const rec = store.get(seq);
    if (!rec) continue;
    const id = org.id(seq);
    ids.push(id);
    if (input.delete) {
      const name = displayName({ org, users: new Map() }, module.apiName, id) ?? null;
      store.delete(seq);
      org.deleted.push({
        module: module.apiName,
        id,
        displayName: name,
        createdBy: refId(rec.values.Created_By),
        deletedBy: user.id,
        deletedAt: now,
        ...(input.permanent ? { permanent: true } : {}),
      });
    } else {
      // Zoho derives Full_Name on every save, a mass update in its screens included.
      const values: StoredRecord['values'] = withComputedFields(module.apiName, {
        ...rec.values,
        ...Object.fromEntries(set),
        Modified_By: { id: user.id },
      });
      store.put({ ...rec, modifiedAt: now, values });
    }
  }
  const fields = [...set.keys()];
  for (let i = 0; i < ids.length; i += NOTIFY_BATCH) {
    const batch = ids.slice(i, i + NOTIFY_BATCH);
    dispatcher.publish({
      orgId: simOrg.id,
      module: module.apiName,
      op: input.delete ? 'delete' : 'edit',
      ids: batch,
      ...(input.delete ? {} : { changed: new Map(batch.map((id) => [id, fields])) }),
    });
  }
  return {
    module: module.apiName,
    operation: input.delete ? 'delete' : 'edit',
    count: ids.length,
    ids,
    by: { id: user.id, name: fullName(user), email: user.email },
    at: formatZoned(now, simOrg.timeZone),
  };
}
