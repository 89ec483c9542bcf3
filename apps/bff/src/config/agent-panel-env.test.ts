import { describe, expect, it } from 'vitest';
import { envDialUrlTemplateSchema, frameAncestorsSchema } from './agent-panel-env.ts';

// The rules themselves are tested with the shared schema (packages/shared dial-url-template.test.ts).
describe('envDialUrlTemplateSchema', () => {
  it('defaults to tel: and accepts a dial hook', () => {
    expect(envDialUrlTemplateSchema.parse(undefined)).toBe('tel:{number}');
    expect(envDialUrlTemplateSchema.parse('https://pbx.example/dial?number={number}')).toBe(
      'https://pbx.example/dial?number={number}',
    );
  });

  it.each(['https://pbx.example/dial', 'javascript:alert({number})', 'tel:+1{number}'])(
    'refuses %s',
    (value) => {
      expect(envDialUrlTemplateSchema.safeParse(value).success).toBe(false);
    },
  );
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
