import { createHash, createSign, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';

export interface SigningKeys {
  kid: string;
  privateKey: KeyObject;
  jwk: JsonWebKey;
}

/**
 * One RS256 key per process, made on first use (Zoho's
 * https://accounts.zoho.com/.well-known/openid-configuration advertises RS256 id tokens and a JWKS).
 */
export function lazySigningKeys(): () => SigningKeys {
  let keys: SigningKeys | undefined;
  return () => {
    if (!keys) {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const jwk = publicKey.export({ format: 'jwk' });
      const kid = createHash('sha256').update(String(jwk.n)).digest('hex').slice(0, 32);
      keys = { kid, privateKey, jwk: { ...jwk, kid, use: 'sig', alg: 'RS256' } };
    }
    return keys;
  };
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** OIDC `at_hash`: left half of SHA-256 of the access token, base64url. */
export function atHash(accessToken: string): string {
  return b64url(createHash('sha256').update(accessToken).digest().subarray(0, 16));
}

export function signJwt(keys: SigningKeys, claims: Record<string, unknown>): string {
  const header = b64url(JSON.stringify({ kid: keys.kid, typ: 'JWT', alg: 'RS256' }));
  const payload = b64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(keys.privateKey);
  return `${header}.${payload}.${b64url(signature)}`;
}
