import { describe, expect, it } from 'vitest';
import { csvRows } from './csv-rows.ts';

async function rows(...chunks: string[]): Promise<string[][]> {
  async function* source() {
    for (const c of chunks) yield await Promise.resolve(c);
  }
  const out: string[][] = [];
  for await (const row of csvRows(source())) out.push(row);
  return out;
}

describe('csvRows', () => {
  it('reads plain, quoted and empty cells with CRLF line ends', async () => {
    expect(await rows('id,Last_Name,Email\r\n1,Roe,\r\n2,"Doe, John","say ""hi"""\r\n')).toEqual([
      ['id', 'Last_Name', 'Email'],
      ['1', 'Roe', ''],
      ['2', 'Doe, John', 'say "hi"'],
    ]);
  });

  it('keeps line breaks inside quotes and reassembles cells split across chunks', async () => {
    const text = 'a,b\r\n"line 1\r\nline 2","x""y"\r\n3,""\r\n';
    const whole = await rows(text);
    expect(whole).toEqual([
      ['a', 'b'],
      ['line 1\r\nline 2', 'x"y'],
      ['3', ''],
    ]);
    // Every split point, including between \r and \n and between two quotes.
    for (let i = 1; i < text.length; i += 1)
      expect(await rows(text.slice(0, i), text.slice(i))).toEqual(whole);
  });

  it('reads a last row without a line end and skips blank lines', async () => {
    expect(await rows('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(await rows('')).toEqual([]);
  });
});
