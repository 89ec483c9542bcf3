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

  it('treats empty values as unset and never echoes a secret value in a problem', () => {
    const problems = problemsOf({
      PORT: '',
      OIDC_CLIENT_SECRET: 'super-secret-value',
      ENCRYPTION_KEYS: 'k1:super-secret-key',
    });
    expect(problems.join('\n')).not.toContain('super-secret');
  });
});
