import fc from 'fast-check';

/** What the hostile testers type into every field: storage-breaking, huge, bidirectional, markup, lookalikes. */
export const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDC00y',
  'end\uD83D',
  'x'.repeat(10_000),
  '😀'.repeat(2_500),
  'مرحبا بالعالم',
  '\u202Eevil\u202C.txt',
  '👩‍👩‍👧‍👦 Zoë',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; drop table events; --",
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '=HYPERLINK("https://evil.example")',
  '',
  ' ',
  '\r\n',
  '\uFEFF',
  '0',
  '-1',
  '1e309',
  'null',
  '+49 (0)30 1234567',
  '00 49 30 1234567',
  '+1 415 555 0100 ext. 12',
] as const;

const anyUnit = fc.nat(0xffff).map((code) => String.fromCharCode(code));

/** A hostile string: one of the known ones, or random UTF-16 (lone surrogates and controls included). */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: anyUnit, maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 8 }))
      .map(([a, b]) => `${b}${a}${b}`),
  },
);

/** A hostile JSON value where a string, number or object was expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(null, true, -1, 0, 1e308, -0, 2 ** 53 + 1, [], {}, [null], {
      __proto__: 'x',
    }),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
);
