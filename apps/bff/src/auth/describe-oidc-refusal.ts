/**
 * Claims whose expected value is configuration, not a secret: the log may show both sides so an operator
 * sees which variable disagrees with the provider. Other claims (nonce, c_hash, exp …) are named only.
 */
const CONFIGURED_BY: Record<string, string> = {
  iss: 'OIDC_ISSUER',
  aud: 'OIDC_CLIENT_ID',
  azp: 'OIDC_CLIENT_ID',
};

interface ClaimDetail {
  claim: string;
  expected?: unknown;
  claims?: Record<string, unknown>;
}

function findClaimDetail(error: unknown): ClaimDetail | undefined {
  // openid-client wraps oauth4webapi's error, whose cause is `{ claim, expected, claims }`.
  let at: unknown = error;
  for (let depth = 0; depth < 4 && typeof at === 'object' && at !== null; depth++) {
    const claim = (at as { claim?: unknown }).claim;
    if (typeof claim === 'string') return at as ClaimDetail;
    at = (at as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * What the log says about a refused sign-in callback: error name, code and message, plus which ID-token
 * claim failed. Never the token, never other claims, never a nonce or code hash.
 */
export function describeOidcRefusal(error: unknown): Record<string, unknown> {
  const { name, message } = error instanceof Error ? error : { name: 'unknown', message: '' };
  const fields = (typeof error === 'object' && error !== null ? error : {}) as {
    error?: unknown;
    code?: unknown;
  };
  const code = fields.error ?? fields.code;
  const description: Record<string, unknown> = { errorName: name, errorCode: code, errorMessage: message };
  const detail = findClaimDetail(error);
  if (!detail) return description;
  description.claim = detail.claim;
  const setting = CONFIGURED_BY[detail.claim];
  if (setting) {
    description.expected = detail.expected;
    description.received = detail.claims?.[detail.claim];
    description.hint = `the ID token's "${detail.claim}" does not match ${setting}`;
  }
  return description;
}
