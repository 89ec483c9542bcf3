import { describe, expect, it } from 'vitest';
import { equalsCriteria, escapeCriteriaValue } from './lookup.ts';

describe('Zoho criteria', () => {
  it('escapes parentheses, commas and backslashes', () => {
    expect(escapeCriteriaValue('Burns,B')).toBe('Burns\\,B');
    expect(escapeCriteriaValue('Acme (EU)')).toBe('Acme \\(EU\\)');
    expect(escapeCriteriaValue('trailing\\')).toBe('trailing\\\\');
  });

  it('builds one condition or an and-group', () => {
    expect(equalsCriteria([['Last_Name', 'Lovelace']])).toBe('(Last_Name:equals:Lovelace)');
    expect(
      equalsCriteria([
        ['Last_Name', 'Lovelace'],
        ['Company', 'A,B'],
      ]),
    ).toBe('((Last_Name:equals:Lovelace)and(Company:equals:A\\,B))');
  });
});
