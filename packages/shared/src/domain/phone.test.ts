import { describe, expect, it } from 'vitest';
import { extensionPrefixes, isExtensionOf, normalizePhone, phoneSearchVariants, samePhone } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['030 1234567', 'DE', '+49301234567'],
    ['030/123 45 67', 'DE', '+49301234567'],
    ['(030) 123-4567', 'DE', '+49301234567'],
    ['+49 (0)30 1234567', undefined, '+49301234567'],
    ['0049 30 1234567', undefined, '+49301234567'],
    ['0049 30 1234567', 'US', '+49301234567'],
    ['+49 151 23456789', 'GB', '+4915123456789'],
    ['0151 23456789', 'DE', '+4915123456789'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['+44 (0)20 7946 0958', undefined, '+442079460958'],
    ['07700 900123', 'GB', '+447700900123'],
    ['tel:+1-201-555-0123', undefined, '+12015550123'],
    ['(201) 555-0123', 'US', '+12015550123'],
    ['  +7 495 123-45-67 ', undefined, '+74951234567'],
  ])('%s (%s) → %s', (raw, country, e164) => {
    const result = normalizePhone(raw, country as Parameters<typeof normalizePhone>[1]);
    expect(result).toMatchObject({ ok: true, e164 });
  });

  it('keeps the extension apart from the E.164 number', () => {
    expect(normalizePhone('+1 201 555 0123 ext. 12')).toMatchObject({
      ok: true,
      e164: '+12015550123',
      extension: '12',
    });
  });

  it('flags possible but unallocated numbers instead of rejecting them', () => {
    expect(normalizePhone('+44 7700 900123')).toMatchObject({ ok: true, valid: false });
    expect(normalizePhone('+44 20 7946 0958')).toMatchObject({ ok: true, valid: true, country: 'GB' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not_a_number'],
    ['call me at 030 1234567', 'not_a_number'],
    ['+49', 'too_short'],
    ['12', 'not_possible'],
    ['123456789012345678', 'too_long'],
    ['030 1234567', 'invalid_country'],
  ])('rejects %j as %s', (raw, reason) => {
    expect(normalizePhone(raw, raw === '030 1234567' ? undefined : 'DE')).toEqual({ ok: false, reason });
  });
});

describe('phoneSearchVariants', () => {
  it('lists the spellings a German number may have in Zoho, most likely first', () => {
    expect(phoneSearchVariants('+49301234567')).toEqual([
      '+49301234567',
      '+49 30 1234567',
      '030 1234567',
      '0301234567',
      '301234567',
      '49301234567',
      '0049301234567',
      '0049 30 1234567',
      '9301234567',
      '+49 (0)30 1234567',
      '+49-30-1234567',
      '30 1234567',
      '030.1234567',
      '030-1234567',
      '030/1234567',
      '0301 234567',
      '+49 301 234567',
      '03012 34567',
      '+49 3012 34567',
    ]);
  });

  // Spellings the mix bench's seeded Contacts and Leads hold, which the lookup once missed (issue 14).
  it.each([
    ['+12123279323', '212.327.9323'],
    ['+12123279323', '212-327-9323'],
    ['+918064182295', '+91 80 64182295'],
    ['+4915190952444', '0151 90952444'],
    ['+61274588164', '02 7458 8164'],
    ['+61274588164', '+61 (0)2 7458 8164'],
  ])('%s may be spelled %s', (e164, typed) => {
    expect(phoneSearchVariants(e164)).toContain(typed);
  });

  it('includes the "+1 (415) 555-0100" spelling US numbers are often typed in', () => {
    expect(phoneSearchVariants('+14155550100')).toEqual(
      expect.arrayContaining(['+1 (415) 555-0100', '(415) 555-0100', '+1-415-555-0100', '4155550100']),
    );
  });

  it('covers a UK mobile with and without the trunk 0', () => {
    const variants = phoneSearchVariants('+447700900123');
    expect(variants).toEqual(
      expect.arrayContaining([
        '+447700900123',
        '+44 7700 900123',
        '07700 900123',
        '07700900123',
        '7700900123',
        '00447700900123',
      ]),
    );
  });

  it('deduplicates where the last 10 digits are the national number', () => {
    const variants = phoneSearchVariants('+12015550123');
    expect(variants).toEqual([
      '+12015550123',
      '+1 201 555 0123',
      '(201) 555-0123',
      '2015550123',
      '12015550123',
      '0012015550123',
      '001 201 555 0123',
      '+1 (201) 555-0123',
      '+1-201-555-0123',
      '201.555.0123',
      '201-555-0123',
    ]);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('returns nothing for input that is not a number', () => {
    expect(phoneSearchVariants('garbage')).toEqual([]);
  });
});

describe('samePhone', () => {
  it('matches the same number however it is written', () => {
    expect(samePhone('030 1234567', '+49 30 1234567', 'DE')).toBe(true);
    expect(samePhone('0049-30-1234567', '+49301234567')).toBe(true);
    expect(samePhone('020 7946 0958', '+44 20 7946 0958', 'GB')).toBe(true);
  });

  it('tells different numbers apart, also across countries', () => {
    expect(samePhone('030 1234567', '030 1234568', 'DE')).toBe(false);
    expect(samePhone('030 1234567', '+43 30 1234567', 'DE')).toBe(false);
  });

  it('falls back to identical digits for unparseable values', () => {
    expect(samePhone('ext-123456', 'ext 123456')).toBe(true);
    expect(samePhone('12', '12')).toBe(false);
  });
});

describe('numbers stored with an extension', () => {
  it.each([
    ['+1 415 555 0100 ext. 12', '+14155550100'],
    ['(415) 555-0100 x12', '+14155550100'],
    ['415-555-0100;ext=12', '+14155550100'],
    ['(415) 555-0100, ext 12', '+14155550100'],
    ['+44 20 7946 0958 #123', '+442079460958'],
  ])('%s begins with a spelling of %s and ends in an extension', (stored, e164) => {
    expect(normalizePhone(stored, 'US')).toMatchObject({ ok: true, e164 });
    expect(isExtensionOf(stored, extensionPrefixes(e164))).toBe(true);
  });

  it('searches the international, national and dashed spellings as prefixes', () => {
    expect(extensionPrefixes('+14155550100')).toEqual(['+1 415 555 0100', '(415) 555-0100', '415-555-0100']);
    expect(extensionPrefixes('+442079460958')).toEqual([
      '+44 20 7946 0958',
      '020 7946 0958',
      '020-7946-0958',
    ]);
    expect(extensionPrefixes('garbage')).toEqual([]);
  });

  it('is not fooled by another number that starts the same', () => {
    const prefixes = extensionPrefixes('+14155550100');
    expect(isExtensionOf('+1 415 555 01001', prefixes)).toBe(false);
    expect(isExtensionOf('415-555-0100 or 415-555-0199', prefixes)).toBe(false);
    expect(isExtensionOf('415-555-0100', prefixes)).toBe(false);
  });
});
