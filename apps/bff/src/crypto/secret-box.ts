import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyRing } from './key-ring.ts';

export interface SecretBox {
  /** `context` is bound as AAD: a ciphertext copied to another row (another context) fails to open. */
  encrypt(plaintext: string, context?: string): string;
  decrypt(sealed: string, context?: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 12;

/**
 * AES-256-GCM with key ids. Output: `v1.<keyId>.<iv>.<ciphertext>.<tag>` (base64url parts), so a
 * rotated-out key is still found by id while new data is always sealed with the current key.
 */
export function createSecretBox(ring: KeyRing): SecretBox {
  return {
    encrypt(plaintext, context = '') {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', ring.current.key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url'));
      return [VERSION, ring.current.id, ...parts].join('.');
    },
    decrypt(sealed, context = '') {
      const [version, keyId, iv, body, tag, ...rest] = sealed.split('.');
      if (version !== VERSION || !keyId || iv === undefined || body === undefined || !tag || rest.length) {
        throw new Error('sealed value has an unknown format');
      }
      const key = ring.all.get(keyId);
      // The id is not secret; naming it tells an operator which key was removed too early.
      if (!key) throw new Error(`sealed with unknown key id "${keyId}"`);
      // A fixed tag length refuses truncated tags, which would weaken the authentication.
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), {
        authTagLength: 16,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** A fresh key ring spec (`k1:<base64>`), used for generated dev secrets and tests. */
export function generateKeyRingSpec(id = 'k1'): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
