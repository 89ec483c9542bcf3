import { describe, expect, it } from 'vitest';
import { extensionPrefixes, phoneSearchVariants } from '@cxc/shared/domain/phone';
import { coqlString, phoneCoqlQueries } from './phone-query.ts';

describe('phoneCoqlQueries', () => {
  it('puts every spelling of the number in every phone field into one query', () => {
    const variants = phoneSearchVariants('+14155550100');
    const list = variants.map((v) => `'${v}'`).join(', ');
    expect(phoneCoqlQueries('Leads', ['Phone', 'Mobile'], '+14155550100')).toEqual([
      `select Phone, Mobile from Leads where (Phone in (${list}) or Mobile in (${list})) limit 200`,
    ]);
    expect(variants).toContain('+1 (415) 555-0100');
  });

  it('groups more than two criteria in pairs, as v2 COQL requires', () => {
    const [query] = phoneCoqlQueries(
      'Contacts',
      ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone'],
      '+49301234567',
    );
    // Parentheses inside quoted spellings ("+49 (0)30 1234567") are values, not grouping.
    const where = (query ?? '').replace(/ in \((?:'[^']*'(?:, )?)+\)/g, '');
    expect(where).toBe(
      'select Phone, Mobile, Home_Phone, Other_Phone, Asst_Phone from Contacts where ' +
        '(((Phone or Mobile) or Home_Phone) or (Other_Phone or Asst_Phone)) limit 200',
    );
    expect(query).toContain("'+49 (0)30 1234567', '+49-30-1234567', '30 1234567', ");
  });

  it('splits past 25 criteria per request and skips duplicate fields', () => {
    const fields = Array.from({ length: 30 }, (_, i) => `Phone_${i}`);
    const queries = phoneCoqlQueries('Contacts', [...fields, 'Phone_0'], '+14155550100');
    expect(queries).toHaveLength(2);
    expect(queries[0]?.match(/ in \(/g)).toHaveLength(25);
    expect(queries[1]?.match(/ in \(/g)).toHaveLength(5);
    expect(queries[1]).toMatch(
      /^select Phone_25, Phone_26, Phone_27, Phone_28, Phone_29 from Contacts where/,
    );
  });

  it('adds a prefix search for numbers stored with an extension, in office lines only', () => {
    const [query, ...more] = phoneCoqlQueries(
      'Contacts',
      ['Phone', 'Mobile', 'Home_Phone', 'Other_Phone', 'Asst_Phone'],
      '+14155550100',
      undefined,
      extensionPrefixes('+14155550100'),
    );
    expect(more).toEqual([]);
    expect(query?.match(/ in \(/g)).toHaveLength(5);
    const likes = [...(query ?? '').matchAll(/(\w+) like '([^']*)'/g)].map(([, f, p]) => `${f}:${p}`);
    expect(likes).toEqual(
      ['Phone', 'Other_Phone', 'Asst_Phone'].flatMap((f) => [
        `${f}:+1 415 555 0100%`,
        `${f}:(415) 555-0100%`,
        `${f}:415-555-0100%`,
      ]),
    );
  });

  it('gives no query for a number that does not parse or no field', () => {
    expect(phoneCoqlQueries('Leads', ['Phone'], 'garbage')).toEqual([]);
    expect(phoneCoqlQueries('Leads', [], '+14155550100')).toEqual([]);
  });

  it('doubles single quotes inside a COQL string', () => {
    expect(coqlString("O'Brien")).toBe("'O''Brien'");
  });
});
