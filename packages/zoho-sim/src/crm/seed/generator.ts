import { withComputedFields } from '../store/computed-fields.ts';
import type { StoredRecord } from '../store/stored-record.ts';
import { FAKERS } from './fakers.ts';
import { mixPhones } from './phone-mix.ts';
import { Rng } from './prng.ts';

/** One `generate()` call: its records are rebuilt from (seed, sequence number) on every read. */
export interface GenBatch {
  module: string;
  seed: string;
  createdAt: number;
  ownerIds: string[];
  /** Phones respelled the many ways people type them (`phones: "mixed"`); absent in older state files. */
  phoneMix?: boolean;
}

const MONTH = 30 * 86_400_000;

/** Deterministic: the same batch and sequence number always give the same record. */
export function materialise(batch: GenBatch, seq: number): StoredRecord {
  const rng = new Rng(`${batch.seed}:${seq}`);
  const faker = FAKERS[batch.module];
  const values = faker ? faker(rng, {}, batch.createdAt) : {};
  const ownerId = batch.ownerIds.length > 0 ? batch.ownerIds[seq % batch.ownerIds.length] : undefined;
  if (ownerId) {
    values.Owner = { id: ownerId };
    values.Created_By = { id: ownerId };
    values.Modified_By = { id: ownerId };
  }
  // An hour at least, so generated records are already searchable under a default index delay.
  const createdAt = batch.createdAt - 3_600_000 - rng.int(MONTH);
  const rec = { seq, createdAt, modifiedAt: createdAt, values: withComputedFields(batch.module, values) };
  return batch.phoneMix ? mixPhones(batch.seed, rec, batch.module === 'Contacts') : rec;
}
