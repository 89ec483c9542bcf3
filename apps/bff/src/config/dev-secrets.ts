import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { generateKeyRingSpec } from '../crypto/secret-box.ts';

const devSecretsSchema = z.object({
  encryptionKeys: z.string(),
  oidcClientSecret: z.string(),
  postgresPassword: z.string(),
  idpCookieKeys: z.array(z.string()).min(1),
  idpSigningKey: z.record(z.string(), z.unknown()),
});
export type DevSecrets = z.infer<typeof devSecretsSchema>;

function generate(): DevSecrets {
  const random = () => randomBytes(32).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    encryptionKeys: generateKeyRingSpec('k1'),
    oidcClientSecret: random(),
    postgresPassword: random(),
    idpCookieKeys: [random()],
    idpSigningKey: {
      ...privateKey.export({ format: 'jwk' }),
      kid: `dev-${Date.now()}`,
      use: 'sig',
      alg: 'RS256',
    },
  };
}

/**
 * Embedded mode's secrets, generated once and kept in `<dataDir>/dev-secrets.json` (0600) so encrypted rows,
 * the embedded database password and IdP signing keys stay valid across restarts.
 */
export async function loadDevSecrets(dataDir: string): Promise<DevSecrets> {
  const file = join(dataDir, 'dev-secrets.json');
  // 0711: the embedded postgres runs as its own user (when we are root) and must traverse into .data/postgres;
  // others still cannot list the directory, and the secrets file itself is 0600.
  await mkdir(dataDir, { recursive: true, mode: 0o711 });
  try {
    // 'wx' fails if the file exists, so two processes starting together never overwrite each other's secrets.
    await writeFile(file, `${JSON.stringify(generate(), null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  await chmod(file, 0o600);
  const parsed = devSecretsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a valid dev secrets file; delete it to regenerate`);
  return parsed.data;
}
