import type { CrmDeps, SimOrg } from '../../core/types.ts';
import { seedDemo } from '../seed/demo-seed.ts';
import { OrgCrm } from './org-crm.ts';

export const MAX_GENERATE = 1_000_000;

export interface GenerateOptions {
  /** `mixed`: phones in every spelling people type (00, national, extensions, several fields). */
  phones?: 'plain' | 'mixed';
}

/** All orgs' CRM data; orgs the identity half adds later start with metadata and no records. */
export class CrmState {
  readonly orgs = new Map<string, OrgCrm>();
  seedName = 'empty';

  constructor(private readonly deps: CrmDeps) {}

  orgFor(org: SimOrg): OrgCrm {
    let crm = this.orgs.get(org.id);
    if (!crm) {
      crm = new OrgCrm(org, this.deps.clock.now());
      this.orgs.set(org.id, crm);
    }
    return crm;
  }

  activeUserIds(orgId: string): string[] {
    return this.deps.identity
      .usersOf(orgId)
      .filter((u) => u.orgs.some((m) => m.orgId === orgId && m.status === 'active'))
      .map((u) => u.id);
  }

  reset(seed: string, orgs: SimOrg[]): void {
    this.orgs.clear();
    this.seedName = seed;
    for (const org of orgs) {
      const crm = this.orgFor(org);
      if (seed !== 'empty') seedDemo(crm, seed, this.activeUserIds(org.id));
    }
  }

  generate(orgId: string, moduleName: string, count: number, options: GenerateOptions = {}): number {
    const org = this.deps.identity.org(orgId);
    if (!org) throw new Error(`unknown org ${orgId}`);
    const crm = this.orgFor(org);
    const module = crm.module(moduleName);
    if (!module) throw new Error(`unknown module ${moduleName}`);
    const n = Math.max(0, Math.min(Math.floor(count), MAX_GENERATE));
    const tag = crm.batches.length;
    crm.batches.push({
      module: module.apiName,
      seed: `${this.seedName}:${orgId}:${module.apiName}:${tag}`,
      createdAt: this.deps.clock.now(),
      ownerIds: this.activeUserIds(orgId),
      ...(options.phones === 'mixed' ? { phoneMix: true } : {}),
    });
    const store = crm.store(module.apiName);
    for (let i = 0; i < n; i++) store.addGenerated(tag, crm.allocSeq());
    return n;
  }

  counts(orgId: string): Record<string, number> {
    const crm = this.orgs.get(orgId);
    const out: Record<string, number> = {};
    if (!crm) return out;
    for (const [name, store] of crm.stores) out[name] = store.size;
    return out;
  }
}
