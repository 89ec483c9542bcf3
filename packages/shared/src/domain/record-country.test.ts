import type { CountryCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneSearchVariants } from './phone.ts';
import { countryFromText, recordCountry, recordHasPhone } from './record-country.ts';

const BERLIN = '+49301234567';

describe('normalizePhone: prefixes that never depend on the default country', () => {
  it.each([
    ['00 49 30 1234567', 'US'],
    ['00-49-30-1234567', 'US'],
    ['00.49.30.1234567', 'JP'],
    ['(00 49) 30 1234567', 'US'],
    ['0049301234567', undefined],
    ['+49 30 1234567', 'US'],
    ['+49 (0)30 1234567', 'US'],
    ['+49-30-123 45 67', 'FR'],
    ['011 49 30 1234567', 'US'],
    ['01149301234567', 'CA'],
    ['030 1234567', 'DE'],
    ['030/1234567', 'DE'],
    ['(030) 123-4567', 'DE'],
    ['030.123.4567', 'DE'],
    ['tel:+49-30-1234567', undefined],
  ])('%s (default %s) is the Berlin number', (raw, country) => {
    expect(normalizePhone(raw, country as CountryCode | undefined)).toMatchObject({ ok: true, e164: BERLIN });
  });

  it.each([
    ['030 1234567 x12', '12'],
    ['030 1234567 ext. 12', '12'],
    ['030 1234567;ext=12', '12'],
    ['+49 30 1234567 extension 12', '12'],
  ])('%s keeps the extension apart', (raw, extension) => {
    expect(normalizePhone(raw, 'DE')).toMatchObject({ ok: true, e164: BERLIN, extension });
  });

  it.each([
    ['garbage', 'not_a_number'],
    ['\u0000', 'empty'],
    ['x'.repeat(10_000), 'too_long'],
    ['1'.repeat(10_000), 'too_long'],
    ['+'.repeat(300), 'too_long'],
  ])('%#: hostile input gives a reason, never a throw', (raw, reason) => {
    expect(normalizePhone(raw, 'US')).toEqual({ ok: false, reason });
  });

  it('drops NUL and control characters pasted into a number', () => {
    expect(normalizePhone('+49\u000030\u0007 1234567', 'US')).toMatchObject({ ok: true, e164: BERLIN });
  });
});

describe('phoneSearchVariants in the number’s own country', () => {
  it('lists the German national spellings for a German number, whatever the tenant', () => {
    expect(phoneSearchVariants(BERLIN)).toEqual(
      expect.arrayContaining(['030 1234567', '0301234567', '30 1234567', '+49 30 1234567', '0049301234567']),
    );
  });

  it('lists the US national spellings for a US number', () => {
    expect(phoneSearchVariants('+14155550100')).toEqual(
      expect.arrayContaining(['(415) 555-0100', '4155550100', '+1 415 555 0100']),
    );
  });
});

describe('countryFromText', () => {
  it.each([
    ['Germany', 'DE'],
    ['Deutschland', 'DE'],
    ['germany ', 'DE'],
    ['DE', 'DE'],
    ['de', 'DE'],
    ['DEU', 'DE'],
    ['Allemagne', 'DE'],
    ['Alemania', 'DE'],
    ['ドイツ', 'DE'],
    ['Германия', 'DE'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['U.S.A.', 'US'],
    ['US', 'US'],
    ['Vereinigte Staaten', 'US'],
    ['United Kingdom', 'GB'],
    ['UK', 'GB'],
    ['England', 'GB'],
    ['GBR', 'GB'],
    ['Österreich', 'AT'],
    ['osterreich', 'AT'],
    ['The Netherlands', 'NL'],
    ['Schweiz', 'CH'],
    ['Japan', 'JP'],
    ['日本', 'JP'],
    ['Россия', 'RU'],
    ['Russia', 'RU'],
    ['Czech Republic', 'CZ'],
  ])('%s → %s', (text, country) => {
    expect(countryFromText(text)).toBe(country);
  });

  it.each([[''], ['   '], ['Atlantis'], ['XX'], ['x'.repeat(10_000)], ['\u0000'], [null], [42], [{}]])(
    '%# is no country',
    (text) => {
      expect(countryFromText(text)).toBeUndefined();
    },
  );
});

describe('recordCountry', () => {
  it.each([
    [{ Country: 'Germany' }, 'DE'],
    [{ Mailing_Country: 'Deutschland' }, 'DE'],
    [{ Billing_Country: 'DEU' }, 'DE'],
    [{ Other_Country: 'de' }, 'DE'],
    [{ Shipping_Country: 'Germany' }, 'DE'],
    [{ Mailing_Country: 'Germany', Other_Country: 'USA' }, 'DE'],
    [{ Mailing_Country: 'Atlantis', Other_Country: 'USA' }, 'US'],
    [{ Country: { name: 'Germany', id: '1' } }, 'DE'],
  ])('%j → %s', (record, country) => {
    expect(recordCountry(record, 'US', 'JP')).toBe(country);
  });

  it('falls back to the tenant default, then the org country', () => {
    expect(recordCountry({}, 'US', 'DE')).toBe('US');
    expect(recordCountry({ Country: 'Atlantis' }, undefined, 'DE')).toBe('DE');
    expect(recordCountry({ Country: null }, undefined, undefined)).toBeUndefined();
  });
});

describe('recordHasPhone', () => {
  const fields = ['Phone', 'Mobile'];

  it('reads a German Lead’s national number in Germany for a US tenant', () => {
    for (const phone of [
      '030 1234567',
      '0301234567',
      '(030) 123-4567',
      '030 1234567 x12',
      '+49 (0)30 1234567',
    ]) {
      expect(recordHasPhone({ Phone: phone, Country: 'Germany' }, fields, BERLIN, 'US')).toBe(true);
    }
  });

  it('matches on any of several phone fields', () => {
    const record = { Phone: '(415) 555-0100', Mobile: '0151 23456789', Mailing_Country: 'Deutschland' };
    expect(recordHasPhone(record, fields, '+4915123456789', 'US')).toBe(true);
  });

  it('does not read a German record’s national number in the US', () => {
    expect(recordHasPhone({ Phone: '030 1234567' }, fields, BERLIN, 'US')).toBe(false);
    expect(recordHasPhone({ Phone: '030 1234567', Country: 'United States' }, fields, BERLIN, 'DE')).toBe(
      false,
    );
  });

  it('reads a record without a country in the tenant default, then the org', () => {
    expect(recordHasPhone({ Phone: '030 1234567' }, fields, BERLIN, 'DE')).toBe(true);
    expect(recordHasPhone({ Phone: '030 1234567' }, fields, BERLIN, undefined, 'DE')).toBe(true);
    expect(recordHasPhone({ Phone: '(415) 555-0100' }, fields, '+14155550100', undefined, 'US')).toBe(true);
  });

  it('never matches garbage, NUL or huge values, and never throws', () => {
    for (const phone of ['garbage', '\u0000', 'x'.repeat(10_000), '1'.repeat(10_000), '']) {
      expect(recordHasPhone({ Phone: phone, Country: 'x'.repeat(10_000) }, fields, BERLIN, 'DE')).toBe(false);
    }
    expect(recordHasPhone({ Phone: 42, Mobile: { x: 1 } }, fields, BERLIN, 'DE')).toBe(false);
  });
});
