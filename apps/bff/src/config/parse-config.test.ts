import { describe, expect, it } from 'vitest';
import { generateKeyRingSpec } from '../crypto/secret-box.ts';
import { ConfigError } from './config-error.ts';
import { parseConfig } from './parse-config.ts';

/** The all-in-one development setup, as `pnpm start` chooses it. */
const EMBEDDED = { CXC_EMBEDDED: 'true' };

const PRODUCTION = {
  DATABASE_URL: 'postgres://db.example/cx',
  OIDC_ISSUER: 'https://id.example',
  OIDC_CLIENT_ID: 'cx',
  OIDC_CLIENT_SECRET: 'secret',
  ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
};

function problemsOf(env: Record<string, string>, program?: 'bff' | 'worker'): string[] {
  try {
    parseConfig(env, program ? { program } : {});
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('starts the embedded setup when chosen, with no other configuration: documented defaults', () => {
    const config = parseConfig(EMBEDDED);
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      workerPort: 3001,
      publicUrl: 'http://127.0.0.1:3000',
      database: { mode: 'embedded', port: 54329 },
      oidc: { mode: 'dev', port: 4000 },
      claims: { role: 'cxc_role', tenant: 'cxc_tenant', tenantName: 'cxc_tenant_name' },
      zohoSim: { enabled: true, port: 4010 },
      embedded: true,
      encryptionKeys: undefined,
    });
    expect(config.dataDir).toMatch(/\/\.data$/);
  });

  it('lets attachment downloads reach private hosts only in the embedded setup without DATABASE_URL, unless told', () => {
    expect(parseConfig(EMBEDDED).attachments).toEqual({ allowPrivateHosts: true });
    expect(parseConfig(PRODUCTION).attachments).toEqual({ allowPrivateHosts: false });
    // `pnpm start` against an external database (the e2e stack, a shared dev database): guard on.
    expect(parseConfig({ ...EMBEDDED, DATABASE_URL: 'postgres://db.example/cx' }).attachments).toEqual({
      allowPrivateHosts: false,
    });
    expect(parseConfig({ ...PRODUCTION, ...EMBEDDED }).attachments).toEqual({ allowPrivateHosts: false });
    expect(parseConfig({ ...PRODUCTION, ATTACHMENTS_ALLOW_PRIVATE_HOSTS: 'true' }).attachments).toEqual({
      allowPrivateHosts: true,
    });
    expect(problemsOf({ ...EMBEDDED, ATTACHMENTS_ALLOW_PRIVATE_HOSTS: 'yes' })[0]).toMatch(
      /^ATTACHMENTS_ALLOW_PRIVATE_HOSTS/,
    );
  });

  it('never falls into the embedded setup: without CXC_EMBEDDED a BFF needs every production setting', () => {
    expect(problemsOf({})).toEqual([
      'environment: The BFF needs DATABASE_URL, OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, ENCRYPTION_KEYS, which are not set. For the all-in-one development setup run `pnpm start` (it sets CXC_EMBEDDED=true).',
    ]);
    const { OIDC_CLIENT_SECRET: _secret, ENCRYPTION_KEYS: _keys, ...partial } = PRODUCTION;
    expect(problemsOf(partial)).toEqual([
      expect.stringMatching(
        /^environment: The BFF needs OIDC_CLIENT_SECRET, ENCRYPTION_KEYS, which are not set/,
      ),
    ]);
    expect(problemsOf({ ...PRODUCTION, CXC_EMBEDDED: 'false', DATABASE_URL: '' })[0]).toMatch(
      /needs DATABASE_URL, which is not set/,
    );
    expect(problemsOf({ ...PRODUCTION, CXC_EMBEDDED: 'yes' })[0]).toMatch(/^CXC_EMBEDDED/);
    const config = parseConfig(PRODUCTION);
    expect(config).toMatchObject({
      embedded: false,
      database: { mode: 'external' },
      oidc: { mode: 'external' },
    });
  });

  it('starts a worker with DATABASE_URL and ENCRYPTION_KEYS only, never embedded and never with the guard off', () => {
    expect(problemsOf({}, 'worker')).toEqual([
      'environment: The engine worker needs DATABASE_URL, ENCRYPTION_KEYS, which are not set.',
    ]);
    // CXC_EMBEDDED does not make a worker embedded: there is nothing it could embed.
    expect(problemsOf({ ...EMBEDDED, DATABASE_URL: PRODUCTION.DATABASE_URL }, 'worker')).toEqual([
      'environment: The engine worker needs ENCRYPTION_KEYS, which is not set.',
    ]);
    const worker = { DATABASE_URL: PRODUCTION.DATABASE_URL, ENCRYPTION_KEYS: PRODUCTION.ENCRYPTION_KEYS };
    for (const env of [worker, { ...worker, ...EMBEDDED }]) {
      const config = parseConfig(env, { program: 'worker' });
      expect(config.embedded).toBe(false);
      expect(config.attachments).toEqual({ allowPrivateHosts: false });
      expect(config.metrics).toEqual({ mode: 'hidden' });
    }
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
      ...EMBEDDED,
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      PUBLIC_URL: 'https://cx.example.com/console',
      DATABASE_URL: 'mysql://x',
      OIDC_ISSUER: 'not a url',
      OIDC_SCOPES: 'email profile',
      ENCRYPTION_KEYS: 'k1:tooshort',
      ZOHO_SIM: 'maybe',
    });
    const named = problems.map((problem) => problem.split(':')[0]);
    expect(named).toEqual(
      expect.arrayContaining([
        'PORT',
        'LOG_LEVEL',
        'PUBLIC_URL',
        'DATABASE_URL',
        'OIDC_ISSUER',
        'OIDC_SCOPES',
        'ENCRYPTION_KEYS',
        'ZOHO_SIM',
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(8);
  });

  it('requires the whole OIDC trio, and production secrets when nothing is embedded', () => {
    expect(problemsOf({ ...EMBEDDED, OIDC_ISSUER: 'https://idp.example.com' })).toEqual([
      'OIDC_CLIENT_ID: required when OIDC_ISSUER is set',
      'OIDC_CLIENT_SECRET: required when OIDC_ISSUER is set',
    ]);
    const production = {
      DATABASE_URL: 'postgres://db.example.com/cxc',
      OIDC_ISSUER: 'https://idp.example.com',
      OIDC_CLIENT_ID: 'cxc',
      OIDC_CLIENT_SECRET: 'from-the-vault',
    };
    expect(problemsOf({ ...EMBEDDED, ...production })).toEqual([
      'ENCRYPTION_KEYS: required when DATABASE_URL and OIDC_ISSUER are set',
    ]);
    const config = parseConfig({ ...production, ENCRYPTION_KEYS: generateKeyRingSpec() });
    expect(config.embedded).toBe(false);
    expect(config.oidc).toEqual({
      mode: 'external',
      issuer: 'https://idp.example.com',
      clientId: 'cxc',
      clientSecret: 'from-the-vault',
    });
  });

  it('defaults sessions to a 60-minute idle timeout and a SameSite=Lax cookie', () => {
    expect(parseConfig(EMBEDDED)).toMatchObject({ sessionIdleSeconds: 3600, sessionCookieSameSite: 'lax' });
    expect(parseConfig({ ...EMBEDDED, SESSION_IDLE_MINUTES: '15' }).sessionIdleSeconds).toBe(900);
    expect(problemsOf({ ...EMBEDDED, SESSION_IDLE_MINUTES: '1' })[0]).toMatch(/^SESSION_IDLE_MINUTES/);
  });

  it('refuses SESSION_COOKIE_SAMESITE=none without an https PUBLIC_URL, at boot', () => {
    expect(problemsOf({ ...EMBEDDED, SESSION_COOKIE_SAMESITE: 'none' })).toEqual([
      'SESSION_COOKIE_SAMESITE: none requires an https:// PUBLIC_URL (browsers drop SameSite=None cookies without Secure)',
    ]);
    expect(
      problemsOf({ ...EMBEDDED, SESSION_COOKIE_SAMESITE: 'none', PUBLIC_URL: 'http://cx.example.com' }),
    ).toHaveLength(1);
    expect(problemsOf({ ...EMBEDDED, SESSION_COOKIE_SAMESITE: 'None' })[0]).toMatch(
      /^SESSION_COOKIE_SAMESITE/,
    );
    const config = parseConfig({
      ...EMBEDDED,
      SESSION_COOKIE_SAMESITE: 'none',
      PUBLIC_URL: 'https://cx.example.com',
    });
    expect(config.sessionCookieSameSite).toBe('none');
    expect(parseConfig({ ...EMBEDDED, SESSION_COOKIE_SAMESITE: 'strict' }).sessionCookieSameSite).toBe(
      'strict',
    );
  });

  it('opens /metrics only on loopback in the embedded default, hides it otherwise unless told', () => {
    expect(parseConfig(EMBEDDED).metrics).toEqual({ mode: 'loopback' });
    // One external piece is enough to count as a deployment.
    expect(parseConfig({ ...EMBEDDED, DATABASE_URL: 'postgres://db.example/cx' }).metrics).toEqual({
      mode: 'hidden',
    });
    expect(
      parseConfig({ ...EMBEDDED, DATABASE_URL: 'postgres://db.example/cx', METRICS_PUBLIC: 'true' }).metrics,
    ).toEqual({
      mode: 'public',
    });
    const token = 'a-long-enough-metrics-token';
    expect(parseConfig({ ...EMBEDDED, METRICS_TOKEN: token, METRICS_PUBLIC: 'true' }).metrics).toEqual({
      mode: 'token',
      token,
    });
    const problems = problemsOf({ ...EMBEDDED, METRICS_TOKEN: 'short-secret', METRICS_PUBLIC: 'yes' });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['METRICS_TOKEN', 'METRICS_PUBLIC']);
    expect(problems.join('\n')).not.toContain('short-secret');
    expect(problemsOf({ ...EMBEDDED, METRICS_TOKEN: 'with a space in the middle' })[0]).toMatch(
      /^METRICS_TOKEN/,
    );
  });

  it('treats empty values as unset and never echoes a secret value in a problem', () => {
    const problems = problemsOf({
      ...EMBEDDED,
      PORT: '',
      OIDC_CLIENT_SECRET: 'super-secret-value',
      ENCRYPTION_KEYS: 'k1:super-secret-key',
    });
    expect(problems.join('\n')).not.toContain('super-secret');
  });
});
