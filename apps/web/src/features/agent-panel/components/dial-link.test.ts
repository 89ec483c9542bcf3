import { describe, expect, it } from 'vitest';
import { dialHref } from './dial-link';

describe('dialHref', () => {
  it('dials E.164 through tel: by default', () => {
    expect(dialHref('tel:{number}', '+1 (415) 555-0100')).toBe('tel:%2B14155550100');
  });

  it('fills a platform dial hook, reading a national number in the given country', () => {
    expect(dialHref('https://pbx.example/dial?number={number}', '030 1234567', 'DE')).toBe(
      'https://pbx.example/dial?number=%2B49301234567',
    );
  });

  it('fills {e164} as is, for SIP softphones', () => {
    expect(dialHref('sip:{e164}@pbx.acme.example', '+44 20 7946 0958')).toBe(
      'sip:+442079460958@pbx.acme.example',
    );
  });

  it('gives no link for something that is not a number', () => {
    expect(dialHref('tel:{number}', 'ask at reception')).toBeUndefined();
  });
});
