import { describe, expect, it } from 'vitest';
import { ZohoBreaker } from './zoho-breaker.ts';

const error = { code: 'zoho_unreachable', message: 'down', field: null, module: null, step: null };

describe('ZohoBreaker', () => {
  let clock = 0;
  const breaker = () => new ZohoBreaker({ baseMs: 1_000, maxMs: 8_000 }, () => clock);

  it('lets everything through until a transient failure, then holds the tenant back', () => {
    clock = 0;
    const b = breaker();
    expect(b.check('acme')).toEqual({ pass: true });
    b.trip('acme', error);
    const held = b.check('acme');
    expect(held.pass).toBe(false);
    if (held.pass) return;
    expect(held.error).toBe(error);
    expect(held.retryAt.getTime()).toBeGreaterThanOrEqual(500);
    expect(held.retryAt.getTime()).toBeLessThanOrEqual(1_000);
    expect(b.check('globex')).toEqual({ pass: true });
  });

  it('sends one probe when the backoff has passed, and holds the rest while it runs', () => {
    clock = 0;
    const b = breaker();
    b.trip('acme', error);
    clock = 1_000;
    expect(b.check('acme')).toEqual({ pass: true });
    const other = b.check('acme');
    expect(other.pass).toBe(false);
    b.close('acme');
    expect(b.check('acme')).toEqual({ pass: true });
  });

  it('reports open and probing tenants for the metrics, and forgets closed ones', () => {
    clock = 0;
    const b = breaker();
    b.trip('acme', error);
    b.trip('globex', error);
    expect(b.snapshot()).toEqual(
      new Map([
        ['acme', 'open'],
        ['globex', 'open'],
      ]),
    );
    clock = 1_000;
    b.check('acme');
    b.close('globex');
    expect(b.snapshot()).toEqual(new Map([['acme', 'probing']]));
  });

  it('doubles the backoff per failed probe, up to the maximum', () => {
    clock = 0;
    const b = breaker();
    for (let i = 0; i < 6; i += 1) b.trip('acme', error);
    const held = b.check('acme');
    expect(held.pass).toBe(false);
    if (held.pass) return;
    expect(held.retryAt.getTime()).toBeGreaterThanOrEqual(4_000);
    expect(held.retryAt.getTime()).toBeLessThanOrEqual(8_000);
  });
});
