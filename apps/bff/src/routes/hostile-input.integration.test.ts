import { getSettings } from '@cxc/shared/api/settings';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFingerprint } from '../../test/fuzz/data-fingerprint.ts';
import { hostileString } from '../../test/fuzz/hostile-values.ts';
import { mutatedJson } from '../../test/fuzz/mutate-json.ts';
import { type Caller, ROUTE_SAMPLES, type RouteSample } from '../../test/fuzz/route-samples.ts';
import { type RawRequest, sendRaw } from '../../test/fuzz/send-raw.ts';
import { call, ok } from '../../test/settings-api.ts';
import { signIn, type SignedInClient } from '../../test/sign-in.ts';
import { type ConnectedStack, startConnectedStack } from '../../test/start-connected-stack.ts';
import { routes } from './index.ts';
import type { Route } from './route.ts';

/** Runs per route; CI keeps the default small so the file stays around a minute. `FUZZ_RUNS=500` digs deeper. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

let env: ConnectedStack;
let callers: Record<Caller, SignedInClient>;

beforeAll(async () => {
  env = await startConnectedStack();
  callers = {
    sysadmin: await signIn(env.stack, 'sysadmin@cx.example'),
    acmeAdmin: env.acmeAdmin,
    alice: await signIn(env.stack, 'alice@acme.example'),
    globexAdmin: env.globexAdmin,
  };
});
afterAll(async () => {
  await env.stop();
});

const keyOf = (route: Route) => `${route.endpoint.method} ${route.endpoint.path}`;
const shapeKeys = (schema: unknown) => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);

async function currentSettings() {
  const answer = ok(await call(env.acmeAdmin, getSettings, { tenantId: 'acme' }));
  return { settings: answer.settings, settingsVersion: answer.version?.number ?? null };
}

/** One hostile change to one part of the sample: a path parameter, a query value or key, or the body. */
function hostileRequest(route: Route, sample: RouteSample, body: unknown): fc.Arbitrary<RawRequest> {
  const base: RawRequest = {
    method: route.endpoint.method,
    path: route.endpoint.path,
    params: sample.params,
    query: sample.query ?? {},
    body,
  };
  const params = Object.keys(sample.params);
  const queryKeys = [...new Set([...shapeKeys(route.endpoint.query), ...Object.keys(base.query)])];
  const changes: fc.Arbitrary<RawRequest>[] = [];
  if (params.length)
    changes.push(
      fc
        .tuple(fc.constantFrom(...params), hostileString)
        .map(([name, value]) => ({ ...base, params: { ...base.params, [name]: value } })),
    );
  changes.push(
    fc
      .tuple(queryKeys.length ? fc.constantFrom(...queryKeys) : hostileString, hostileString)
      .map(([name, value]) => ({ ...base, query: { ...base.query, [name]: value } })),
  );
  if (body !== undefined) changes.push(mutatedJson(body).map((mutated) => ({ ...base, body: mutated })));
  return fc.oneof(...changes);
}

/** Counterexamples hold 10,000-character strings: report each string cut short, escaped. */
function shortReport(details: fc.RunDetails<[RawRequest]>): void {
  if (!details.failed) return;
  const cut = (_key: string, value: unknown) =>
    typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}…(${value.length})` : value;
  const input = JSON.stringify(details.counterexample, cut);
  const cause =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`${cause.slice(0, 600)}\nwith ${input}`);
}

async function fuzzRoute(route: Route): Promise<void> {
  const sample = ROUTE_SAMPLES[keyOf(route)];
  if (!sample) throw new Error(`no fuzz sample for ${keyOf(route)}: add one to test/fuzz/route-samples.ts`);
  const client = callers[sample.as];
  const mutating = route.endpoint.method !== 'GET';
  const body = sample.body?.(await currentSettings());
  await fc.assert(
    fc.asyncProperty(hostileRequest(route, sample, body), async (request) => {
      const before = mutating ? await dataFingerprint(env.stack.pool) : undefined;
      const answer = await sendRaw(client, request);
      // Never a server error, whatever was sent.
      expect(answer.status, answer.text.slice(0, 500)).toBeLessThan(500);
      // A refusal is the one envelope, and changes nothing it guards. 431 (a URL over Node's 16 KB header
      // limit) is answered by the HTTP server itself, before Express, with no body.
      if (answer.status >= 400 && answer.status !== 431) {
        expect(() =>
          z.object({ error: z.object({ code: z.string() }) }).parse(JSON.parse(answer.text)),
        ).not.toThrow();
        if (before) expect(await dataFingerprint(env.stack.pool)).toEqual(before);
      }
    }),
    { numRuns: RUNS, endOnFailure: true, reporter: shortReport },
  );
}

describe('every JSON route with hostile input', () => {
  it('has a fuzz sample for every route of the registry', () => {
    expect(routes.map(keyOf).filter((key) => !ROUTE_SAMPLES[key])).toEqual([]);
  });

  const ordered = [...routes].sort(
    (a, b) => Number(ROUTE_SAMPLES[keyOf(a)]?.last ?? false) - Number(ROUTE_SAMPLES[keyOf(b)]?.last ?? false),
  );
  for (const route of ordered) {
    it(`${keyOf(route)} answers below 500 and refusals change nothing`, async () => {
      await fuzzRoute(route);
    }, 120_000);
  }
});
