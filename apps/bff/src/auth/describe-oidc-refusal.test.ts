import * as client from 'openid-client';
import { expect, it } from 'vitest';
import { describeOidcRefusal } from './describe-oidc-refusal.ts';

const CLAIMS = {
  iss: 'https://idp.example.com/other',
  aud: 'someone-else',
  sub: 'u-1',
  email: 'ada@acme.example',
  nonce: 'n-0123456789',
};

/** The shape openid-client throws: its ClientError around oauth4webapi's error, whose cause holds the claim. */
function claimFailure(claim: string, expected: unknown): client.ClientError {
  const inner = Object.assign(new Error(`unexpected JWT "${claim}" claim value`), {
    code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
    cause: { claim, expected, claims: CLAIMS },
  });
  return Object.assign(new client.ClientError('unexpected JWT claim value encountered', { cause: inner }), {
    code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  });
}

it('names the issuer claim, what was expected and what came, and the variable to check', () => {
  expect(describeOidcRefusal(claimFailure('iss', 'https://idp.example.com/realms/cx'))).toEqual({
    errorName: 'ClientError',
    errorCode: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
    errorMessage: 'unexpected JWT claim value encountered',
    claim: 'iss',
    expected: 'https://idp.example.com/realms/cx',
    received: 'https://idp.example.com/other',
    hint: 'the ID token\'s "iss" does not match OIDC_ISSUER',
  });
});

it('points an audience mismatch at OIDC_CLIENT_ID', () => {
  expect(describeOidcRefusal(claimFailure('aud', 'cxc-bff'))).toMatchObject({
    claim: 'aud',
    expected: 'cxc-bff',
    received: 'someone-else',
    hint: 'the ID token\'s "aud" does not match OIDC_CLIENT_ID',
  });
});

it('names a nonce mismatch without either nonce, and never logs the other claims', () => {
  const description = describeOidcRefusal(claimFailure('nonce', 'n-expected-secret'));
  expect(description).toMatchObject({ claim: 'nonce' });
  const logged = JSON.stringify(description);
  for (const value of ['n-expected-secret', 'n-0123456789', 'ada@acme.example', 'u-1'])
    expect(logged).not.toContain(value);
});

it('describes other errors by name and message only, whatever their causes carry', () => {
  const cyclic: { cause?: unknown } = {};
  cyclic.cause = cyclic;
  expect(describeOidcRefusal(new TypeError('fetch failed', { cause: cyclic }))).toEqual({
    errorName: 'TypeError',
    errorCode: undefined,
    errorMessage: 'fetch failed',
  });
  expect(describeOidcRefusal('not an error')).toMatchObject({ errorName: 'unknown', errorMessage: '' });
  expect(describeOidcRefusal(null)).toMatchObject({ errorName: 'unknown' });
});
