import { describe, expect, it } from 'vitest';
import { generateKeyRingSpec } from '../crypto/secret-box.ts';
import { ConfigError } from './config-error.ts';
import { parseConfig } from './parse-config.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('starts with no configuration at all: embedded everything, documented defaults', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
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

  it('lets attachment downloads reach private hosts only when embedded, unless told otherwise', () => {
    expect(parseConfig({}).attachments).toEqual({ allowPrivateHosts: true });
    const production = {
      DATABASE_URL: 'postgres://db.example/cx',
      OIDC_ISSUER: 'https://id.example',
      OIDC_CLIENT_ID: 'cx',
      OIDC_CLIENT_SECRET: 'secret',
      ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
    };
    expect(parseConfig(production).attachments).toEqual({ allowPrivateHosts: false });
    expect(parseConfig({ ...production, ATTACHMENTS_ALLOW_PRIVATE_HOSTS: 'true' }).attachments).toEqual({
      allowPrivateHosts: true,
    });
    expect(problemsOf({ ATTACHMENTS_ALLOW_PRIVATE_HOSTS: 'yes' })[0]).toMatch(
      /^ATTACHMENTS_ALLOW_PRIVATE_HOSTS/,
    );
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({
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
    expect(problemsOf({ OIDC_ISSUER: 'https://idp.example.com' })).toEqual([
      'OIDC_CLIENT_ID: required when OIDC_ISSUER is set',
      'OIDC_CLIENT_SECRET: required when OIDC_ISSUER is set',
    ]);
    const production = {
      DATABASE_URL: 'postgres://db.example.com/cxc',
      OIDC_ISSUER: 'https://idp.example.com',
      OIDC_CLIENT_ID: 'cxc',
      OIDC_CLIENT_SECRET: 'from-the-vault',
    };
    expect(problemsOf(production)).toEqual([
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
    expect(parseConfig({})).toMatchObject({ sessionIdleSeconds: 3600, sessionCookieSameSite: 'lax' });
    expect(parseConfig({ SESSION_IDLE_MINUTES: '15' }).sessionIdleSeconds).toBe(900);
    expect(problemsOf({ SESSION_IDLE_MINUTES: '1' })[0]).toMatch(/^SESSION_IDLE_MINUTES/);
  });

  it('refuses SESSION_COOKIE_SAMESITE=none without an https PUBLIC_URL, at boot', () => {
    expect(problemsOf({ SESSION_COOKIE_SAMESITE: 'none' })).toEqual([
      'SESSION_COOKIE_SAMESITE: none requires an https:// PUBLIC_URL (browsers drop SameSite=None cookies without Secure)',
    ]);
    expect(problemsOf({ SESSION_COOKIE_SAMESITE: 'none', PUBLIC_URL: 'http://cx.example.com' })).toHaveLength(
      1,
    );
    expect(problemsOf({ SESSION_COOKIE_SAMESITE: 'None' })[0]).toMatch(/^SESSION_COOKIE_SAMESITE/);
    const config = parseConfig({ SESSION_COOKIE_SAMESITE: 'none', PUBLIC_URL: 'https://cx.example.com' });
    expect(config.sessionCookieSameSite).toBe('none');
    expect(parseConfig({ SESSION_COOKIE_SAMESITE: 'strict' }).sessionCookieSameSite).toBe('strict');
  });

  it('opens /metrics only on loopback in the embedded default, hides it otherwise unless told', () => {
    expect(parseConfig({}).metrics).toEqual({ mode: 'loopback' });
    // One external piece is enough to count as a deployment.
    expect(parseConfig({ DATABASE_URL: 'postgres://db.example/cx' }).metrics).toEqual({ mode: 'hidden' });
    expect(parseConfig({ DATABASE_URL: 'postgres://db.example/cx', METRICS_PUBLIC: 'true' }).metrics).toEqual(
      {
        mode: 'public',
      },
    );
    const token = 'a-long-enough-metrics-token';
    expect(parseConfig({ METRICS_TOKEN: token, METRICS_PUBLIC: 'true' }).metrics).toEqual({
      mode: 'token',
      token,
    });
    const problems = problemsOf({ METRICS_TOKEN: 'short-secret', METRICS_PUBLIC: 'yes' });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['METRICS_TOKEN', 'METRICS_PUBLIC']);
    expect(problems.join('\n')).not.toContain('short-secret');
    expect(problemsOf({ METRICS_TOKEN: 'with a space in the middle' })[0]).toMatch(/^METRICS_TOKEN/);
  });

  it('treats empty values as unset and never echoes a secret value in a problem', () => {
    const problems = problemsOf({
      PORT: '',
      OIDC_CLIENT_SECRET: 'super-secret-value',
      ENCRYPTION_KEYS: 'k1:super-secret-key',
    });
    expect(problems.join('\n')).not.toContain('super-secret');
  });
});
