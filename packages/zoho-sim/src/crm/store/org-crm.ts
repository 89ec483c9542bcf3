import type { SimOrg } from '../../core/types.ts';
import type { ModuleDef } from '../metadata/module-def.ts';
import { modulesForOrg } from '../metadata/module-catalog.ts';
import { type GenBatch, materialise } from '../seed/generator.ts';
import { makeId, orgPrefix, SEQ, seqOf } from './ids.ts';
import { type IndexSpec, ModuleStore } from './module-store.ts';
import type { StoredRecord } from './stored-record.ts';

export interface DeletedEntry {
  module: string;
  id: string;
  displayName: string | null;
  createdBy: string | undefined;
  deletedBy: string;
  deletedAt: number;
  /** Deleted past the recycle bin (`/deleted?type=permanent`); only the control API does this. */
  permanent?: boolean;
}

export interface Attachment {
  seq: number;
  parentModule: string;
  parentSeq: number;
  fileName: string;
  size: number;
  /** Set for a link attachment (`attachmentUrl`); `fileName` is then its title or the URL. */
  linkUrl?: string;
  createdAt: number;
  createdBy: string;
}

/** Fields kept in a hash index: every email and phone field, and the upsert duplicate-check fields. */
function indexSpecs(module: ModuleDef): IndexSpec[] {
  return module.fields
    .filter(
      (f) =>
        f.dataType === 'email' ||
        f.dataType === 'phone' ||
        f.unique ||
        module.duplicateCheck.includes(f.apiName),
    )
    .map((f) => ({ apiName: f.apiName, caseInsensitive: f.dataType !== 'phone' }));
}

/** Everything the CRM half knows about one org: metadata, records, deletions, attachments. */
export class OrgCrm {
  readonly prefix: string;
  readonly modules: ModuleDef[];
  readonly stores = new Map<string, ModuleStore>();
  readonly batches: GenBatch[] = [];
  readonly deleted: DeletedEntry[] = [];
  readonly attachments: Attachment[] = [];
  /** Custom fields deleted through the control API, per module: a write naming one is refused. */
  readonly deletedFields = new Map<string, Set<string>>();
  nextSeq: number = SEQ.record;

  constructor(
    readonly org: SimOrg,
    /** When the metadata was last changed (reset), for `If-Modified-Since` on /settings/modules. */
    public metaModifiedAt: number,
  ) {
    this.prefix = orgPrefix(org.id);
    this.modules = modulesForOrg(org);
    for (const m of this.modules) {
      this.stores.set(m.apiName, new ModuleStore(indexSpecs(m), (tag, seq) => this.materialise(tag, seq)));
    }
  }

  /** Module by API name; Zoho matches the path segment case-insensitively. */
  module(name: string): ModuleDef | undefined {
    const lower = name.toLowerCase();
    return this.modules.find((m) => m.apiName.toLowerCase() === lower);
  }

  store(module: string): ModuleStore {
    const s = this.stores.get(module);
    if (!s) throw new Error(`no store for ${module}`);
    return s;
  }

  allocSeq(): number {
    return this.nextSeq++;
  }

  id(seq: number): string {
    return makeId(this.prefix, seq);
  }

  seq(id: string): number | undefined {
    return seqOf(this.prefix, id);
  }

  /** A record of `module` by id. */
  record(module: string, id: string): StoredRecord | undefined {
    const seq = this.seq(id);
    return seq === undefined ? undefined : this.stores.get(module)?.get(seq);
  }

  /** Which module holds this id, if any (What_Id / Who_Id targets). */
  moduleOf(id: string): string | undefined {
    const seq = this.seq(id);
    if (seq === undefined) return undefined;
    for (const [name, s] of this.stores) if (s.has(seq)) return name;
    return undefined;
  }

  private materialise(tag: number, seq: number): StoredRecord {
    const batch = this.batches[tag];
    if (!batch) throw new Error(`unknown generation batch ${tag}`);
    return materialise(batch, seq);
  }
}
