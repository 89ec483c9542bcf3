import { describe, expect, it } from 'vitest';
import { dialUrlTemplateSchema, frameAncestorsSchema } from './panel-config.ts';

describe('dialUrlTemplateSchema', () => {
  it('defaults to tel: and accepts an https dial hook', () => {
    expect(dialUrlTemplateSchema.parse(undefined)).toBe('tel:{number}');
    expect(dialUrlTemplateSchema.parse('https://pbx.example/dial?number={number}')).toBe(
      'https://pbx.example/dial?number={number}',
    );
  });

  it.each([
    'https://pbx.example/dial',
    'javascript:alert({number})',
    'http://pbx.example/{number}',
    'tel:+1{number}',
  ])('refuses %s', (value) => {
    expect(dialUrlTemplateSchema.safeParse(value).success).toBe(false);
  });
});

describe('frameAncestorsSchema', () => {
  it("defaults to 'self' and splits origins", () => {
    expect(frameAncestorsSchema.parse(undefined)).toEqual(["'self'"]);
    expect(frameAncestorsSchema.parse("'self' https://console.example")).toEqual([
      "'self'",
      'https://console.example',
    ]);
  });

  it.each(['*', 'https://console.example/path', "'none'", 'console.example'])('refuses %s', (value) => {
    expect(frameAncestorsSchema.safeParse(value).success).toBe(false);
  });
});
