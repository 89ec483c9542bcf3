import { type CountryCode, ParseError, parsePhoneNumberWithError, type PhoneNumber } from 'libphonenumber-js';

export type PhoneFailure =
  'empty' | 'not_a_number' | 'invalid_country' | 'too_short' | 'too_long' | 'not_possible';

export type NormalizedPhone =
  | {
      ok: true;
      e164: string;
      country?: CountryCode;
      /** Possible length but not in a known range (new ranges, test numbers): still searchable. */
      valid: boolean;
      extension?: string;
    }
  | { ok: false; reason: PhoneFailure };

const PARSE_ERRORS: Record<string, PhoneFailure> = {
  INVALID_COUNTRY: 'invalid_country',
  NOT_A_NUMBER: 'not_a_number',
  TOO_SHORT: 'too_short',
  TOO_LONG: 'too_long',
  INVALID_LENGTH: 'not_possible',
};

/** libphonenumber refuses more than 250 characters anyway; longer input is not a phone number. */
const MAX_INPUT = 250;

function parse(raw: string, defaultCountry?: CountryCode): PhoneNumber | PhoneFailure {
  if (raw.length > MAX_INPUT) return 'too_long';
  // `00` is the international prefix almost everywhere and never starts a national number, also when
  // written `00 49 …` or `(00 49) …`: such numbers never depend on the default country. (`011`, the
  // NANP's prefix, libphonenumber strips itself when the default country is in the NANP.)
  const text = raw
    // eslint-disable-next-line no-control-regex -- NUL and other control characters pasted from systems
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/^tel:/i, '')
    .replace(/^\(?00[\s.\-/]*(?=[1-9])/, '+');
  if (!/\d/.test(text)) return text ? 'not_a_number' : 'empty';
  try {
    return parsePhoneNumberWithError(text, { defaultCountry, extract: false });
  } catch (error) {
    if (error instanceof ParseError) return PARSE_ERRORS[error.message] ?? 'not_a_number';
    throw error;
  }
}

/** E.164 for a number as people type it; numbers without `+` are read in `defaultCountry`. */
export function normalizePhone(raw: string, defaultCountry?: CountryCode): NormalizedPhone {
  const parsed = parse(raw, defaultCountry);
  if (typeof parsed === 'string') return { ok: false, reason: parsed };
  if (!parsed.isPossible()) return { ok: false, reason: 'not_possible' };
  return {
    ok: true,
    e164: parsed.number,
    valid: parsed.isValid(),
    ...(parsed.country ? { country: parsed.country } : {}),
    ...(parsed.ext ? { extension: parsed.ext } : {}),
  };
}

/**
 * Only the E.164 key of `normalizePhone` (undefined where it fails): the identity index needs no more,
 * and skipping the validity check (range tables, the costly part of libphonenumber) halves the work of
 * keying a million imported records.
 */
export function phoneE164(raw: string, defaultCountry?: CountryCode): string | undefined {
  const parsed = parse(raw, defaultCountry);
  return typeof parsed === 'string' || !parsed.isPossible() ? undefined : parsed.number;
}

const digits = (s: string) => s.replace(/\D/g, '');

/**
 * Spellings people type that libphonenumber's formats do not give, seen in real CRMs: the national digit
 * groups joined by dots or dashes (`212.327.9323`, `212-327-9323`) or, for two groups, a slash
 * (`030/1234567`). Where a trunk `0` starts the national number, area codes vary in length, so also
 * the national format without parentheses (`02 7458 8164`) and an area code of 2 to 4 digits followed
 * by the rest in one run, nationally and internationally (`0151 90952444`, `+91 80 64182295`). Each
 * spelling takes room in the batched COQL's `in` lists, so the fixed 3-3-4 plan of +1 gets no guesses.
 */
function typedSpellings(parsed: PhoneNumber, plainNational: string): string[] {
  const groups = plainNational.split(/\D+/).filter(Boolean);
  const separators = groups.length === 2 ? ['.', '-', '/'] : ['.', '-'];
  const joined = separators.map((separator) => groups.join(separator));
  const nsn = parsed.nationalNumber;
  const trunk = digits(plainNational).slice(0, -nsn.length);
  if (!trunk) return joined;
  const splits = [2, 3, 4]
    .filter((k) => nsn.length - k >= 4)
    .flatMap((k) => [
      `${trunk}${nsn.slice(0, k)} ${nsn.slice(k)}`,
      `+${parsed.countryCallingCode} ${nsn.slice(0, k)} ${nsn.slice(k)}`,
    ]);
  return [plainNational, ...joined, ...splits];
}

/**
 * The spellings a Zoho Phone field may hold for one number, most likely first. Zoho compares phone
 * text without normalising, so a lookup must list them all (phone-query.ts: one COQL per module).
 */
export function phoneSearchVariants(e164: string): string[] {
  const parsed = parse(e164);
  if (typeof parsed === 'string') return [];
  const international = digits(parsed.number);
  const national = parsed.formatNational();
  // Without the parentheses some countries' formats put around the area code: `02 7458 8164`.
  const plainNational = national.replace(/[()]/g, '').replace(/\s+/g, ' ').trim();
  const trunked = plainNational.startsWith('0');
  // The national format without its trunk `0`: `30 1234567` as written after a separate `+49` column.
  const withoutTrunk = trunked ? plainNational.slice(1).trim() : undefined;
  const variants = [
    parsed.number,
    parsed.formatInternational(),
    national,
    digits(national),
    parsed.nationalNumber,
    international,
    `00${international}`,
    parsed.formatInternational().replace(/^\+/, '00'),
    international.slice(-10),
    // Common hand-typed mixes Zoho keeps verbatim: "+1 (415) 555-0100", "+49 (0)30 1234567", "+1-415-555-0100".
    trunked
      ? `+${parsed.countryCallingCode} (0)${plainNational.slice(1)}`
      : `+${parsed.countryCallingCode} ${national}`,
    parsed.formatInternational().replace(/ /g, '-'),
    withoutTrunk,
    ...typedSpellings(parsed, plainNational),
  ];
  return [...new Set(variants)].filter((v): v is string => v !== undefined && digits(v).length >= 2);
}

/**
 * How a Zoho phone field holding the number with an extension begins: "+1 415 555 0100 ext. 12",
 * "(415) 555-0100 x12", "415-555-0100;ext=12": the international, national and dashed spellings people
 * type (an integration writing E.164 rarely adds an extension). COQL compares text and cannot drop the
 * extension, so lookups search these as prefixes (`like '…%'`); `isExtensionOf` checks the rest.
 */
export function extensionPrefixes(e164: string): string[] {
  const parsed = parse(e164);
  if (typeof parsed === 'string') return [];
  const national = parsed.formatNational();
  const dashed = national.replace(/[()]/g, '').split(/\D+/).filter(Boolean).join('-');
  return [...new Set([parsed.formatInternational(), national, dashed])];
}

/** What people write after the number for an extension: " ext. 12", " x12", ";ext=12", " #123", ", ext 12". */
const EXTENSION_TAIL = /^\s*[,;]?\s*(?:ext\.?|extension|ext=|x|#)\s*\d{1,10}\s*$/i;

/** The stored text is one of `prefixes` followed by an extension (not by more digits of another number). */
export function isExtensionOf(text: string, prefixes: readonly string[]): boolean {
  const folded = text.toLowerCase();
  return prefixes.some(
    (prefix) => folded.startsWith(prefix.toLowerCase()) && EXTENSION_TAIL.test(text.slice(prefix.length)),
  );
}

/**
 * Same number however written; numbers without `+` are read in `defaultCountry` (for a Zoho record, its
 * own country: record-country.ts). Unparseable input only matches the same digits (at least 6 of them).
 */
export function samePhone(a: string, b: string, defaultCountry?: CountryCode): boolean {
  const x = normalizePhone(a, defaultCountry);
  const y = normalizePhone(b, defaultCountry);
  if (x.ok && y.ok) return x.e164 === y.e164;
  const dx = digits(a);
  return dx.length >= 6 && dx === digits(b);
}
