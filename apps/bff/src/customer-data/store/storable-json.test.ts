import { describe, expect, it } from 'vitest';
import { storableJson } from './storable-json.ts';

const nested = (levels: number): unknown => (levels === 0 ? 'bottom' : { deeper: nested(levels - 1) });

describe('storableJson', () => {
  it('passes a clean batch through as JSON, emoji and backslashes included', () => {
    const rows = [{ zoho_id: '1', values: { id: '1', Last_Name: 'Roe 😀', Note: 'C:\\temp' } }];
    expect(JSON.parse(storableJson(rows))).toEqual(rows);
  });

  it('removes NUL and replaces a lone surrogate, in values and in the row alike', () => {
    const rows = [
      { zoho_id: '1', full_name: 'Ro\u0000e', values: { id: '1', Last_Name: 'Ro\u0000e' } },
      { zoho_id: '2', full_name: 'ok', values: { id: '2', Title: 'x\ud800y', 'K\u0000ey': 1 } },
    ];
    expect(JSON.parse(storableJson(rows))).toEqual([
      { zoho_id: '1', full_name: 'Roe', values: { id: '1', Last_Name: 'Roe' } },
      { zoho_id: '2', full_name: 'ok', values: { id: '2', Title: 'x\ufffdy', Key: 1 } },
    ]);
  });

  it('keeps only the id of a record nested absurdly deep, and the rest of the batch as it is', () => {
    const rows = [
      { zoho_id: '1', values: { id: '1', Deep: nested(80) } },
      { zoho_id: '2', values: { id: '2', Last_Name: 'Roe' } },
    ];
    expect(JSON.parse(storableJson(rows))).toEqual([
      { zoho_id: '1', values: { id: '1' } },
      { zoho_id: '2', values: { id: '2', Last_Name: 'Roe' } },
    ]);
  });

  it('cleans rows without values (identity keys)', () => {
    expect(JSON.parse(storableJson([{ zoho_id: '1', key: 'a\u0000b@example.com' }]))).toEqual([
      { zoho_id: '1', key: 'ab@example.com' },
    ]);
  });
});
