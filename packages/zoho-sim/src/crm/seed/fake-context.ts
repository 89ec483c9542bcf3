import type { Value } from '../store/stored-record.ts';
import type { Rng } from './prng.ts';

/** What a faker may link a new record to; ids are full Zoho ids of the same org. */
export interface FakeLinks {
  accountId?: string;
  contactId?: string;
  /** Polymorphic parent for What_Id / Parent_Id, with its module. */
  what?: { id: string; module: string };
  /** Who_Id target (a Contact or a Lead). */
  whoId?: string;
}

export type Faker = (rng: Rng, links: FakeLinks, now: number) => Record<string, Value>;
