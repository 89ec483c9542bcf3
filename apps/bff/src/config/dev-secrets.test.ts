import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parseKeyRing } from '../crypto/key-ring.ts';
import { loadDevSecrets } from './dev-secrets.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cxc-dev-secrets-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('generates the secrets once, keeps them, and keeps the file private', async () => {
  const dataDir = join(dir, '.data');
  const first = await loadDevSecrets(dataDir);
  const second = await loadDevSecrets(dataDir);
  expect(second).toEqual(first);
  expect(parseKeyRing(first.encryptionKeys).ok).toBe(true);
  expect(first.idpSigningKey).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256' });
  expect((await stat(join(dataDir, 'dev-secrets.json'))).mode & 0o777).toBe(0o600);
});

it('two processes starting at once end up with the same secrets', async () => {
  const [a, b] = await Promise.all([loadDevSecrets(dir), loadDevSecrets(dir)]);
  expect(a).toEqual(b);
});
