import type { CrmDeps } from '../../core/types.ts';
import { ZohoError } from '../http/errors.ts';
import { formatZoned } from '../render/format-time.ts';
import type { CrmState } from '../store/crm-state.ts';
import { isRef, type StoredRecord } from '../store/stored-record.ts';
import {
  type AssignmentRule,
  type AutomationRule,
  defaultAutomation,
  type OrgAutomation,
  TRIGGER_KINDS,
  type TriggerKind,
} from './automation-config.ts';

export interface FiredEntry {
  record_id: string;
  module: string;
  operation: 'create' | 'edit';
  at: string;
  /** The `trigger` list in force for the write (all three when the body had none). */
  trigger: TriggerKind[];
  fired: { id: string; name: string; kind: TriggerKind }[];
  lar_id?: string;
  assigned_owner?: string;
}

/** Enough to answer any test; a longer run keeps the newest. */
const MAX_LOG = 100_000;

function matches(rec: Record<string, unknown>, when: { field: string; equals: string } | undefined): boolean {
  if (!when) return true;
  const v = rec[when.field];
  const ref = typeof v === 'object' && v !== null && 'id' in v ? v.id : undefined;
  const text =
    typeof v === 'string' || typeof v === 'number' ? String(v) : typeof ref === 'string' ? ref : '';
  return text.toLowerCase() === when.equals.toLowerCase();
}

/** The org's workflow rules, approvals, blueprints and Lead assignment rules, and what they did. */
export class Automation {
  private readonly configs = new Map<string, OrgAutomation>();
  private readonly logs = new Map<string, FiredEntry[]>();
  private readonly turns = new Map<string, number>();

  constructor(
    private readonly deps: CrmDeps,
    private readonly state: CrmState,
  ) {}

  config(orgId: string): OrgAutomation {
    let c = this.configs.get(orgId);
    const org = this.deps.identity.org(orgId);
    if (!c && org) {
      const active = new Set(this.state.activeUserIds(orgId));
      c = defaultAutomation(
        this.state.orgFor(org),
        this.deps.identity.usersOf(orgId).filter((u) => active.has(u.id)),
      );
      this.configs.set(orgId, c);
    }
    return c ?? { rules: [], assignment_rules: [] };
  }

  replace(orgId: string, config: OrgAutomation): void {
    this.configs.set(orgId, config);
  }

  fired(orgId: string, recordId?: string): FiredEntry[] {
    const log = this.logs.get(orgId) ?? [];
    return recordId ? log.filter((e) => e.record_id === recordId) : [...log];
  }

  clearFired(orgId: string): void {
    this.logs.delete(orgId);
  }

  reset(): void {
    this.configs.clear();
    this.logs.clear();
    this.turns.clear();
  }

  /** The body's `trigger`: absent runs all three (Zoho's default), `[]` runs none; anything else is 400. */
  triggers(body: unknown): TriggerKind[] {
    const raw =
      typeof body === 'object' && body !== null ? (body as { trigger?: unknown }).trigger : undefined;
    if (raw === undefined || raw === null) return [...TRIGGER_KINDS];
    if (!Array.isArray(raw) || raw.some((t) => !TRIGGER_KINDS.includes(t as TriggerKind)))
      throw new ZohoError('INVALID_DATA', { api_name: 'trigger' }, 'invalid data');
    return [...new Set(raw as TriggerKind[])];
  }

  /** The body's `lar_id` for a Leads write: one of the org's Lead assignment rules, else 400. */
  assignmentRule(orgId: string, module: string, body: unknown): AssignmentRule | undefined {
    const raw = typeof body === 'object' && body !== null ? (body as { lar_id?: unknown }).lar_id : undefined;
    // Zoho applies lar_id to Leads only; other modules ignore the key (assumed, FIDELITY.md).
    if (raw === undefined || raw === null || module !== 'Leads') return undefined;
    const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
    const rule = this.config(orgId).assignment_rules.find((r) => r.id === id);
    if (!rule) throw new ZohoError('INVALID_DATA', { api_name: 'lar_id' }, 'invalid data');
    return rule;
  }

  /** The owner a Lead assignment rule gives this input: first matching entry, else round robin, else default. */
  assignee(rule: AssignmentRule, input: unknown): string {
    const values = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const entry = rule.entries.find((e) => matches(values, e.when));
    if (entry) return entry.assignee;
    if (rule.round_robin.length > 0) {
      const turn = this.turns.get(rule.id) ?? 0;
      this.turns.set(rule.id, turn + 1);
      return rule.round_robin[turn % rule.round_robin.length] ?? rule.default_assignee;
    }
    return rule.default_assignee;
  }

  /** Runs (records) the rules a write sets off, as the org's automation would. */
  record(
    orgId: string,
    module: string,
    operation: 'create' | 'edit',
    rec: StoredRecord,
    recordId: string,
    trigger: TriggerKind[],
    lar?: AssignmentRule,
  ): void {
    const fired = this.config(orgId)
      .rules.filter(
        (r: AutomationRule) =>
          r.module === module &&
          trigger.includes(r.kind) &&
          r.on.includes(operation) &&
          matches(rec.values, r.when),
      )
      .map((r) => ({ id: r.id, name: r.name, kind: r.kind }));
    const org = this.deps.identity.org(orgId);
    const owner = rec.values.Owner;
    const entry: FiredEntry = {
      record_id: recordId,
      module,
      operation,
      at: formatZoned(this.deps.clock.now(), org?.timeZone ?? 'UTC'),
      trigger,
      fired,
      ...(lar ? { lar_id: lar.id, ...(isRef(owner) ? { assigned_owner: owner.id } : {}) } : {}),
    };
    const log = this.logs.get(orgId) ?? [];
    log.push(entry);
    if (log.length > MAX_LOG) log.splice(0, log.length - MAX_LOG);
    this.logs.set(orgId, log);
  }
}
