import type { StoredRecord, Value } from '../store/stored-record.ts';
import { Rng } from './prng.ts';

const PHONE_FIELDS = ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone'] as const;
const EXTENSIONS = [' ext. ', ' x', ';ext=', ' #', ' Durchwahl '] as const;

/** `+49 30 …` → `0049 30 …`: how many Europeans type an international number. */
function withZeroZero(phone: string): string {
  return phone.startsWith('+') ? `00${phone.slice(1)}` : phone;
}

/** `+49 30 1234567` → `030 1234567` style: the number as dialled at home (no country code). */
function nationalOf(phone: string): string {
  const m = /^\+(\d{1,3})[\s-]?\(?0?\)?(.*)$/.exec(phone);
  if (!m?.[2]) return phone;
  return m[1] === '1' ? m[2].trim() : `0${m[2].trim()}`;
}

function respell(rng: Rng, phone: string): string {
  const roll = rng.int(10);
  let out = roll < 3 ? withZeroZero(phone) : roll < 5 ? nationalOf(phone) : phone;
  if (rng.chance(0.12)) out += `${rng.pick(EXTENSIONS)}${rng.digits(1 + rng.int(4))}`;
  return out;
}

/**
 * The `phones: "mixed"` option of `POST /__sim/generate`: respells a generated record's numbers the
 * many ways people type them (00 prefixes, national forms beside a Country field, extensions) and
 * fills more phone fields, from a separate random stream so the rest of the record stays the same.
 */
export function mixPhones(seed: string, rec: StoredRecord, morePhoneFields: boolean): StoredRecord {
  const rng = new Rng(`${seed}:${rec.seq}:phones`);
  const values: Record<string, Value> = { ...rec.values };
  for (const field of PHONE_FIELDS) {
    const v = values[field];
    if (typeof v === 'string' && v) values[field] = respell(rng, v);
  }
  const phone = rec.values.Phone;
  if (morePhoneFields && typeof phone === 'string' && phone && rng.chance(0.15))
    values.Home_Phone = respell(rng, phone);
  const mobile = rec.values.Mobile;
  if (morePhoneFields && typeof mobile === 'string' && mobile && rng.chance(0.08))
    values.Other_Phone = withZeroZero(mobile);
  return { ...rec, values };
}
