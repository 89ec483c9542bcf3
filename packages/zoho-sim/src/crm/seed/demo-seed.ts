import { withComputedFields } from '../store/computed-fields.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import type { Value } from '../store/stored-record.ts';
import type { FakeLinks } from './fake-context.ts';
import { FAKERS } from './fakers.ts';
import { hasUtmFields } from '../metadata/module-catalog.ts';
import { FIXED_RECORDS } from './fixed-records.ts';
import { Rng } from './prng.ts';

const DAY = 86_400_000;
/** Demo data is dated relative to a fixed instant so the same seed gives byte-identical records. */
export const DEMO_ANCHOR = Date.UTC(2026, 0, 1);

const COUNTS: [string, number][] = [
  ['Accounts', 200],
  ['Contacts', 200],
  ['Leads', 200],
  ['Deals', 30],
  ['Cases', 40],
  ['Tasks', 60],
  ['Calls', 60],
  ['Notes', 30],
];

class Seeder {
  private readonly ids = new Map<string, string[]>();

  constructor(
    private readonly org: OrgCrm,
    private readonly rng: Rng,
    private readonly ownerIds: readonly string[],
  ) {}

  add(module: string, values: Record<string, Value>): string {
    const seq = this.org.allocSeq();
    const owner = this.ownerIds.length ? this.ownerIds[this.rng.int(this.ownerIds.length)] : undefined;
    const createdAt = DEMO_ANCHOR - DAY - this.rng.int(365 * DAY);
    const modifiedAt = Math.min(DEMO_ANCHOR - 60_000, createdAt + this.rng.int(30 * DAY));
    if (owner)
      Object.assign(values, { Owner: { id: owner }, Created_By: { id: owner }, Modified_By: { id: owner } });
    this.org.store(module).put({ seq, createdAt, modifiedAt, values: withComputedFields(module, values) });
    const id = this.org.id(seq);
    const list = this.ids.get(module) ?? [];
    list.push(id);
    this.ids.set(module, list);
    return id;
  }

  some(module: string, p = 1): string | undefined {
    const list = this.ids.get(module);
    return list?.length && this.rng.chance(p) ? this.rng.pick(list) : undefined;
  }

  links(module: string): FakeLinks {
    const contactId = this.some('Contacts', 0.8);
    const whatModule = this.rng.pick(['Accounts', 'Deals']);
    const whatId = this.some(whatModule, 0.6);
    return {
      accountId: this.some('Accounts', module === 'Contacts' ? 0.8 : 0.6),
      contactId,
      whoId: contactId ?? this.some('Leads'),
      what: module === 'Notes' ? this.noteParent() : whatId ? { id: whatId, module: whatModule } : undefined,
    };
  }

  private noteParent(): { id: string; module: string } | undefined {
    const module = this.rng.pick(['Leads', 'Contacts']);
    const id = this.some(module);
    return id ? { id, module } : undefined;
  }
}

function fixedValues(
  values: Record<string, Value>,
  links: Record<string, string> | undefined,
  refs: Map<string, string>,
) {
  const out: Record<string, Value> = { ...values };
  for (const [field, ref] of Object.entries(links ?? {})) {
    const id = refs.get(ref);
    if (id) out[field] = { id };
  }
  if ('Call_Type' in out && !('Call_Start_Time' in out)) out.Call_Start_Time = DEMO_ANCHOR - 2 * DAY;
  return out;
}

/** Fills an org with the deterministic demo data set for `seed` (any name but `empty`). */
export function seedDemo(org: OrgCrm, seed: string, ownerIds: readonly string[]): void {
  const rng = new Rng(`${seed}:${org.org.id}`);
  const seeder = new Seeder(org, rng, ownerIds);
  const refs = new Map<string, string>();
  for (const fixed of FIXED_RECORDS) {
    if (fixed.acmeOnly && !hasUtmFields(org.org)) continue;
    refs.set(fixed.ref, seeder.add(fixed.module, fixedValues(fixed.values, fixed.links, refs)));
  }
  for (const [module, count] of COUNTS) {
    const faker = FAKERS[module];
    if (!faker) continue;
    for (let i = 0; i < count; i++) seeder.add(module, faker(rng, seeder.links(module), DEMO_ANCHOR));
  }
}
