import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIAL_URL_TEMPLATE,
  dialUrlTemplateSchema,
  expandDialUrlTemplate,
  isWebDialUrl,
} from './dial-url-template.ts';

const messages = (value: string) =>
  dialUrlTemplateSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('dialUrlTemplateSchema', () => {
  it.each([
    DEFAULT_DIAL_URL_TEMPLATE,
    'tel:{e164}',
    'callto:{number}',
    'sip:{e164}@pbx.example.com',
    'sips:{e164}@pbx.example.com:5061;user=phone',
    'https://pbx.example/dial?number={number}',
    'https://pbx.example/dial/{e164}?line=2',
    'http://10.0.0.5:8080/call?to={number}&from={number}',
    'http://localhost:5000/dial?n={number}',
  ])('accepts %s', (value) => {
    expect(dialUrlTemplateSchema.parse(value)).toBe(value);
  });

  it('trims what was typed around the template', () => {
    expect(dialUrlTemplateSchema.parse('  tel:{number} ')).toBe('tel:{number}');
  });

  it.each(['https://pbx.example/dial', 'tel:', 'https://pbx.example/dial?n={numbr}', 'tel:{number}{x}'])(
    'wants a {number} or {e164} placeholder and no other: %s',
    (value) => {
      expect(messages(value)).toEqual(['dial_url_placeholder']);
    },
  );

  it.each([
    'javascript:alert({number})',
    'data:text/html,{number}',
    'ftp://pbx.example/{number}',
    'tel:+1{number}',
    'callto:{number}?x=1',
    'sip:{e164}',
    'sip:{e164}@',
    'sip:{e164}@pbx.example/x',
    'https://{number}.pbx.example/dial',
    'https://user:secret@pbx.example/dial?n={number}',
    'pbx.example/dial?n={number}',
    '//pbx.example/dial?n={number}',
  ])('refuses the scheme or shape of %s', (value) => {
    expect(messages(value)).toEqual(['dial_url_scheme']);
  });

  it('refuses an endless template', () => {
    expect(dialUrlTemplateSchema.safeParse(`https://pbx.example/${'x'.repeat(500)}{number}`).success).toBe(
      false,
    );
  });
});

describe('expandDialUrlTemplate', () => {
  it('puts the number in URL-encoded for {number} and as is for {e164}', () => {
    expect(expandDialUrlTemplate('tel:{number}', '+14155550100')).toBe('tel:%2B14155550100');
    expect(expandDialUrlTemplate('sip:{e164}@pbx.example', '+14155550100')).toBe(
      'sip:+14155550100@pbx.example',
    );
    expect(expandDialUrlTemplate('https://pbx.example/{e164}?n={number}', '+4930123')).toBe(
      'https://pbx.example/+4930123?n=%2B4930123',
    );
  });

  it('opens only web dial hooks in their own tab', () => {
    expect(isWebDialUrl('https://pbx.example/dial?n=%2B1')).toBe(true);
    expect(isWebDialUrl('HTTP://pbx.example/dial')).toBe(true);
    expect(isWebDialUrl('tel:%2B1')).toBe(false);
    expect(isWebDialUrl('sip:+1@pbx.example')).toBe(false);
  });
});
