import { phoneE164 } from '@cxc/shared/domain/phone';
import type { CountryCode } from 'libphonenumber-js';

/** Distinct (country, spelling) pairs remembered; past this the memory starts over (a few MB at most). */
const MAX_ENTRIES = 50_000;
const known = new Map<string, string | null>();

/**
 * The E.164 identity key of a phone as typed, read in `country`. The same spelling comes again and again
 * (a switchboard number on many records, a record re-read by every poll and push, Phone and Mobile alike),
 * and parsing is the costliest step of keying a record, so answers are remembered per country and text.
 */
export function phoneKey(raw: string, country: CountryCode | undefined): string | undefined {
  const id = `${country ?? ''}\u0000${raw}`;
  const hit = known.get(id);
  if (hit !== undefined) return hit ?? undefined;
  const e164 = phoneE164(raw, country);
  if (known.size >= MAX_ENTRIES) known.clear();
  known.set(id, e164 ?? null);
  return e164;
}
