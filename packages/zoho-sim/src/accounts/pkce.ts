import { createHash } from 'node:crypto';
import type { GrantCode } from '../store/state.ts';

/**
 * RFC 7636: when the authorization request carried a challenge, the token request must carry a
 * matching verifier. Zoho's error string for a mismatch is UNCONFIRMED; the simulator answers
 * `invalid_code`, Zoho's catch-all for a grant that cannot be redeemed.
 */
export function verifierMatches(code: GrantCode, verifier: string | undefined): boolean {
  if (code.codeChallenge === undefined) return true;
  if (verifier === undefined || verifier === '') return false;
  if (code.codeChallengeMethod === 'S256') {
    return createHash('sha256').update(verifier).digest('base64url') === code.codeChallenge;
  }
  return verifier === code.codeChallenge;
}
