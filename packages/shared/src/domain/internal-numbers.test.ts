import { describe, expect, it } from 'vitest';
import { internalNumberReason, internalNumbersSchema } from './internal-numbers.ts';

const list = internalNumbersSchema.parse({
  numbers: ['+49 30 9999000'],
  extensions: ['101', '2003'],
  patterns: ['+49 30 12345 X X', '+1 415 555 01*'],
  minDigits: 5,
});

describe('the company’s own numbers', () => {
  it('recognises a listed line in every spelling', () => {
    for (const raw of ['+49 30 9999000', '030 9999000', '0049309999000', '+49 (0)30 999-9000'])
      expect(internalNumberReason(list, raw, 'DE'), raw).toBe('number');
  });
  it('recognises extensions, short numbers and patterns', () => {
    expect(internalNumberReason(list, '101', 'DE')).toBe('short');
    expect(internalNumberReason({ ...list, minDigits: 0 }, '2003', 'DE')).toBe('extension');
    expect(internalNumberReason(list, '030 1234567', 'DE')).toBe('pattern');
    expect(internalNumberReason(list, '(415) 555-0142', 'US')).toBe('pattern');
  });
  it('leaves customers’ numbers alone', () => {
    for (const raw of ['+49 30 7654321', '+1 415 555 0200', '', undefined, 'no digits'])
      expect(internalNumberReason(list, raw, 'DE')).toBeUndefined();
  });
  it('refuses what cannot be a pattern or an extension', () => {
    expect(internalNumbersSchema.safeParse({ patterns: ['abc'] }).success).toBe(false);
    expect(internalNumbersSchema.safeParse({ extensions: ['1 01'] }).success).toBe(false);
    expect(internalNumbersSchema.safeParse({ minDigits: 9 }).success).toBe(false);
    expect(internalNumbersSchema.parse(undefined)).toEqual({
      numbers: [],
      extensions: [],
      patterns: [],
      minDigits: 0,
    });
  });
});
