import { describe, expect, it } from 'vitest';
import { csvCell } from './activity-csv.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+49 30 1234567', "'+49 30 1234567"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('%j → %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('writes nothing for null', () => {
    expect(csvCell(null)).toBe('');
  });
});
