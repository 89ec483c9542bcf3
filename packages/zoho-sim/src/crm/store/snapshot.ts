import { z } from 'zod';
import type { SimOrg } from '../../core/types.ts';
import type { GenBatch } from '../seed/generator.ts';
import type { CrmState } from './crm-state.ts';
import { type Attachment, type DeletedEntry, OrgCrm } from './org-crm.ts';
import type { StoredRecord } from './stored-record.ts';

interface OrgSnapshot {
  org: SimOrg;
  metaModifiedAt: number;
  nextSeq: number;
  batches: GenBatch[];
  deleted: DeletedEntry[];
  attachments: Attachment[];
  /** Module → rows: a full record, or `[seq, tag]` for a generated one. */
  records: Record<string, (StoredRecord | [number, number])[]>;
}

const snapshotSchema = z.object({
  version: z.literal(1),
  seedName: z.string(),
  orgs: z.array(
    z.looseObject({
      org: z.looseObject({ id: z.string() }),
      records: z.record(z.string(), z.array(z.unknown())),
    }),
  ),
});

export function takeSnapshot(state: CrmState): unknown {
  const orgs: OrgSnapshot[] = [...state.orgs.values()].map((o) => {
    const records: OrgSnapshot['records'] = {};
    for (const [name, store] of o.stores) {
      records[name] = [...store.entries()].map(([seq, row]) => (typeof row === 'number' ? [seq, row] : row));
    }
    return {
      org: o.org,
      metaModifiedAt: o.metaModifiedAt,
      nextSeq: o.nextSeq,
      batches: o.batches,
      deleted: o.deleted,
      attachments: o.attachments,
      records,
    };
  });
  return { version: 1, seedName: state.seedName, orgs };
}

/** Rebuilds the state from takeSnapshot's output (the optional state file). */
export function restoreSnapshot(state: CrmState, snapshot: unknown): void {
  const parsed = snapshotSchema.parse(snapshot);
  state.orgs.clear();
  state.seedName = parsed.seedName;
  for (const raw of parsed.orgs as unknown as OrgSnapshot[]) {
    const o = new OrgCrm(raw.org, raw.metaModifiedAt);
    o.nextSeq = raw.nextSeq;
    o.batches.push(...raw.batches);
    o.deleted.push(...raw.deleted);
    o.attachments.push(...raw.attachments);
    for (const [name, rows] of Object.entries(raw.records)) {
      const store = o.stores.get(name);
      if (!store) continue;
      for (const row of rows) {
        if (Array.isArray(row)) store.addGenerated(row[1], row[0]);
        else store.put(row);
      }
    }
    state.orgs.set(raw.org.id, o);
  }
}
