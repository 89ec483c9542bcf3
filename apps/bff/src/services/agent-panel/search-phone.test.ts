import { describe, expect, it } from 'vitest';
import { panelPhoneVariants } from './search-phone.ts';

describe('panelPhoneVariants', () => {
  it('includes the hand-typed US spelling Zoho often holds', () => {
    const variants = panelPhoneVariants('+14155550100');
    expect(variants[0]).toBe('+14155550100');
    expect(variants).toContain('+1 (415) 555-0100');
    expect(variants).toContain('4155550100');
    expect(variants).toContain('415-555-0100');
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('includes the German national format', () => {
    expect(panelPhoneVariants('+49301234567')).toContain('030 1234567');
  });

  it('gives nothing for a non-number', () => {
    expect(panelPhoneVariants('hello')).toEqual([]);
  });
});
