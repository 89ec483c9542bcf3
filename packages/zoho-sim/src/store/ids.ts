import { randomBytes } from 'node:crypto';

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Zoho's token shape: `1000.<32 hex>.<32 hex>` (grant codes, access and refresh tokens alike). */
export function newZohoToken(): string {
  return `1000.${randomBytes(16).toString('hex')}.${randomBytes(16).toString('hex')}`;
}

/** Zoho client ids: `1000.` followed by 30 upper-case letters and digits. */
export function newClientId(): string {
  const bytes = randomBytes(30);
  let id = '1000.';
  for (const byte of bytes) id += UPPER_ALNUM[byte % UPPER_ALNUM.length];
  return id;
}

/** Zoho client secrets are 42 lower-case hex characters. */
export function newClientSecret(): string {
  return randomBytes(21).toString('hex');
}

/** Opaque id for a pending authorization (the hidden field carried through sign-in and consent). */
export function newTransactionId(): string {
  return randomBytes(18).toString('base64url');
}
