import { describe, expect, it } from 'vitest';
import { parseKeyRing } from './key-ring.ts';
import { createSecretBox, generateKeyRingSpec } from './secret-box.ts';

function box(spec: string) {
  const parsed = parseKeyRing(spec);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return createSecretBox(parsed.ring);
}

describe('secret box', () => {
  const k0 = generateKeyRingSpec('k0');
  const k1 = generateKeyRingSpec('k1');

  it('round-trips and never repeats a ciphertext', () => {
    const sealed = box(k1);
    const a = sealed.encrypt('refresh-token-value');
    expect(a).toMatch(/^v1\.k1\./);
    expect(a).not.toContain('refresh-token-value');
    expect(a).not.toBe(sealed.encrypt('refresh-token-value'));
    expect(sealed.decrypt(a)).toBe('refresh-token-value');
  });

  it('rotates: encrypts with the first key, still decrypts with the older ones', () => {
    const old = box(k0).encrypt('sealed-before-rotation');
    const rotated = box(`${k1},${k0}`);
    expect(rotated.decrypt(old)).toBe('sealed-before-rotation');
    expect(rotated.encrypt('new')).toMatch(/^v1\.k1\./);
  });

  it('fails on an unknown key id, a wrong context, or any tampering', () => {
    const sealed = box(k1).encrypt('x', 'tenant:acme');
    expect(() => box(k0).decrypt(sealed, 'tenant:acme')).toThrow(/unknown key id "k1"/);
    expect(() => box(k1).decrypt(sealed, 'tenant:globex')).toThrow();
    const parts = sealed.split('.');
    const flipped = [...parts.slice(0, 3), `A${(parts[3] ?? '').slice(1)}`, parts[4]].join('.');
    expect(() => box(k1).decrypt(flipped, 'tenant:acme')).toThrow();
    expect(() => box(k1).decrypt(sealed.replace(/\.[^.]+$/, '.AAAA'), 'tenant:acme')).toThrow();
    expect(() => box(k1).decrypt('garbage', 'tenant:acme')).toThrow(/unknown format/);
  });
});

describe('parseKeyRing', () => {
  it('lists every bad entry without echoing key material', () => {
    const secretish = Buffer.alloc(16, 7).toString('base64');
    const result = parseKeyRing(
      `k1:${secretish},bad id:xyz,k1:${Buffer.alloc(32).toString('base64')},k1:${Buffer.alloc(32, 1).toString('base64')}`,
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual([
      'entry 1 (k1): the key must be 32 bytes encoded as base64',
      'entry 2: expected "<id>:<base64 key>" with an id of letters, digits, "_" or "-"',
      'entry 4 (k1): duplicate key id',
    ]);
    expect(problems.join()).not.toContain(secretish);
  });
});
