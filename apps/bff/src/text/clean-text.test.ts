import { describe, expect, it } from 'vitest';
import { cleanDeep, cleanText, MAX_JSON_DEPTH, TooDeepError } from './clean-text.ts';

describe('cleanText', () => {
  it('removes NUL and replaces lone surrogates, keeping pairs (emoji) and everything else', () => {
    expect(cleanText('a\u0000b')).toBe('ab');
    expect(cleanText('\u0000')).toBe('');
    expect(cleanText('x\uD800y')).toBe('x\uFFFDy');
    expect(cleanText('x\uDC00y')).toBe('x\uFFFDy');
    expect(cleanText('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
    expect(cleanText('end\uD83D')).toBe('end\uFFFD');
    expect(cleanText('😀 مرحبا <b>&amp;</b>')).toBe('😀 مرحبا <b>&amp;</b>');
    expect(cleanText('\uD83D\uDE00\u0000\uD83D')).toBe('😀\uFFFD');
  });

  it('leaves a 10,000-character string as it is', () => {
    const long = 'é'.repeat(10_000);
    expect(cleanText(long)).toBe(long);
  });

  it('gives text that survives a UTF-8 round trip unchanged', () => {
    const dirty = 'a\uD800\u0000\uDFFFz\uD83D\uDE00';
    const clean = cleanText(dirty);
    expect(Buffer.from(clean, 'utf8').toString('utf8')).toBe(clean);
    expect(clean).not.toContain('\u0000');
  });
});

describe('cleanDeep', () => {
  it('cleans strings and keys at every depth, leaves other values alone', () => {
    expect(cleanDeep({ 'k\u0000': ['v\uD800', 1, true, null, { n: 'x\u0000' }], plain: 2.5 })).toEqual({
      k: ['v\uFFFD', 1, true, null, { n: 'x' }],
      plain: 2.5,
    });
  });

  it('keeps __proto__ as a plain key instead of changing the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    const cleaned = cleanDeep(parsed) as Record<string, unknown>;
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(Object.keys(cleaned)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than the limit instead of overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`) as unknown;
    expect(() => cleanDeep(deep)).toThrow(TooDeepError);
    const ok = JSON.parse(`${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}`) as unknown;
    expect(() => cleanDeep(ok)).not.toThrow();
  });
});
