import { describe, expect, it } from 'vitest';
import { connectOutcomeMessageSchema } from '@cxc/shared/api/zoho-connection';
import { outcomeFromMessage, parseConnectSearch } from './connect-outcome';

const parse = (search: string) => parseConnectSearch(new URLSearchParams(search));

describe('connect outcome from the redirect URL', () => {
  it('reads a success, an org choice and an error with its code', () => {
    expect(parse('?connect=connected')).toEqual({ kind: 'connected' });
    expect(parse('?connect=choose_org&page=2')).toEqual({ kind: 'choose_org' });
    expect(parse('?connect=error&code=invalid_client&location=eu')).toEqual({
      kind: 'error',
      code: 'invalid_client',
      params: { location: 'eu' },
    });
  });

  it.each([
    ['', null],
    ['?connect=', null],
    ['?connect=hacked&code=invalid_code', null],
    ['?connect=CONNECTED', null],
    ['?connect=error', { kind: 'error', code: 'unknown', params: {} }],
    ['?connect=error&code=%3Cscript%3E', { kind: 'error', code: 'unknown', params: {} }],
    [
      '?connect=error&code=access_denied&location=..%2F..%2Fevil',
      { kind: 'error', code: 'access_denied', params: {} },
    ],
    ['?connect=error&code=throttled&code=invalid_code', { kind: 'error', code: 'throttled', params: {} }],
  ])('never crashes on junk: %s', (search, expected) => {
    expect(parse(search)).toEqual(expected);
  });
});

describe('connect outcome from the popup message', () => {
  it('maps the message; an error without details is "unknown"', () => {
    const message = (input: unknown) => outcomeFromMessage(connectOutcomeMessageSchema.parse(input));
    expect(message({ type: 'cxc:zoho-connect', outcome: 'connected', error: null })).toEqual({
      kind: 'connected',
    });
    expect(message({ type: 'cxc:zoho-connect', outcome: 'error', error: null })).toEqual({
      kind: 'error',
      code: 'unknown',
      params: {},
    });
    expect(
      message({
        type: 'cxc:zoho-connect',
        outcome: 'error',
        error: {
          code: 'invalid_redirect_uri',
          message: 'x',
          params: { redirectUrl: 'https://a.example/cb' },
        },
      }),
    ).toEqual({
      kind: 'error',
      code: 'invalid_redirect_uri',
      params: { redirectUrl: 'https://a.example/cb' },
    });
  });
});
