import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { normalizePhone } from './phone.ts';

/**
 * A pattern is digits (optionally after `+`) where `X` stands for any one digit and a trailing `*` for
 * any rest: `+4930123456X`, `+4930123*`. Spaces and dashes are allowed for reading and ignored.
 */
const PATTERN = /^\+?[\d\sX.\-/()]*\*?$/;

export const internalNumbersSchema = z
  .strictObject({
    /** The company's own lines (switchboard, DIDs), as people write them; compared in E.164. */
    numbers: z.array(z.string().trim().min(1).max(40)).max(500).default([]),
    /** Extensions as the PBX sends them (`101`, `2003`); compared digit for digit. */
    extensions: z
      .array(
        z
          .string()
          .trim()
          .regex(/^\d{1,10}$/, 'extension_digits'),
      )
      .max(2000)
      .default([]),
    patterns: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(40)
          .refine((p) => PATTERN.test(p) && /[\dX]/.test(p), 'number_pattern'),
      )
      .max(200)
      .default([]),
    /**
     * Numbers with fewer digits than this are internal (extensions, short codes); 0 turns it off.
     * Real customer numbers have at least 7 digits almost everywhere, so anything above 7 is refused.
     */
    minDigits: z.int().min(0).max(7).default(0),
  })
  .default({ numbers: [], extensions: [], patterns: [], minDigits: 0 });
export type InternalNumbers = z.infer<typeof internalNumbersSchema>;

const digits = (s: string) => s.replace(/\D/g, '');

function patternMatches(pattern: string, candidates: readonly string[]): boolean {
  const body = pattern.replace(/[^\dX*+]/g, '');
  const open = body.endsWith('*');
  const core = (open ? body.slice(0, -1) : body).replace(/^\+/, '');
  const regex = new RegExp(`^${core.replace(/X/g, '\\d')}${open ? '\\d*' : ''}$`);
  return candidates.some((c) => regex.test(c));
}

export type InternalReason = 'short' | 'extension' | 'number' | 'pattern';

/**
 * Why a number is one of the company's own (so never a Lead, a Contact or a customer match), or
 * undefined for a customer's number. Both the E.164 form and the digits as sent are tried, so
 * `030 1234567` and `+49 30 1234567` are the same listed line.
 */
export function internalNumberReason(
  list: InternalNumbers,
  raw: string | undefined,
  defaultCountry?: CountryCode,
): InternalReason | undefined {
  if (!raw) return undefined;
  const sent = digits(raw);
  if (!sent) return undefined;
  if (list.minDigits > 0 && sent.length < list.minDigits) return 'short';
  if (list.extensions.includes(sent)) return 'extension';
  const parsed = normalizePhone(raw, defaultCountry);
  const e164 = parsed.ok ? digits(parsed.e164) : undefined;
  if (e164) {
    const listed = list.numbers.some((n) => {
      const other = normalizePhone(n, defaultCountry);
      return other.ok ? digits(other.e164) === e164 : digits(n) === sent;
    });
    if (listed) return 'number';
  } else if (list.numbers.some((n) => digits(n) === sent)) return 'number';
  const candidates = e164 ? [e164, sent] : [sent];
  return list.patterns.some((p) => patternMatches(p, candidates)) ? 'pattern' : undefined;
}

export function isInternalNumber(
  list: InternalNumbers,
  raw: string | undefined,
  defaultCountry?: CountryCode,
): boolean {
  return internalNumberReason(list, raw, defaultCountry) !== undefined;
}
