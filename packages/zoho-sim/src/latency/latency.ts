import type { RequestHandler, Response } from 'express';
import { z } from 'zod';

/**
 * Zoho's round trip, simulated: every CRM API answer (and, when set, every Accounts token answer) is
 * held this long after the handler produced it. Unlike the faults' `latency_ms` this is a process
 * setting: it survives `DELETE /__sim/faults` and `POST /__sim/reset`, so a bench sets it once.
 */
export interface LatencySettings {
  /** Held on every `/<dc>/api` answer, errors and 429s included. */
  api_ms: number;
  /** Held on `/<dc>/accounts/oauth/v2/token*` answers only (sign-in pages stay fast). */
  accounts_ms: number;
}

export const MAX_LATENCY_MS = 120_000;

export const latencyInputSchema = z.strictObject({
  api_ms: z.number().int().min(0).max(MAX_LATENCY_MS).optional(),
  accounts_ms: z.number().int().min(0).max(MAX_LATENCY_MS).optional(),
});

export type LatencyInput = z.infer<typeof latencyInputSchema>;

export interface LatencyControl {
  settings(): LatencySettings;
  update(input: LatencyInput): LatencySettings;
}

export function createLatencyControl(initial: Partial<LatencySettings> = {}): LatencyControl {
  const current: LatencySettings = { api_ms: 0, accounts_ms: 0, ...initial };
  for (const key of ['api_ms', 'accounts_ms'] as const) {
    const ms = current[key];
    if (!Number.isInteger(ms) || ms < 0 || ms > MAX_LATENCY_MS)
      throw new Error(`Latency ${key} must be an integer from 0 to ${MAX_LATENCY_MS}, got ${ms}`);
  }
  return {
    settings: () => ({ ...current }),
    update(input) {
      if (input.api_ms !== undefined) current.api_ms = input.api_ms;
      if (input.accounts_ms !== undefined) current.accounts_ms = input.accounts_ms;
      return { ...current };
    },
  };
}

/**
 * Delays `res.end` rather than the handler: the request is processed on arrival, but its answer (and
 * the `finish` event the CRM's concurrency counter waits for) comes `ms` later, so the call holds its
 * concurrency slot for the whole round trip, as at Zoho.
 */
function holdEnd(res: Response, ms: number): void {
  const end = res.end.bind(res) as (...args: unknown[]) => Response;
  let timer: NodeJS.Timeout | undefined;
  res.end = ((...args: unknown[]) => {
    timer = setTimeout(() => end(...args), ms);
    return res;
  }) as Response['end'];
  // A client that gives up must not leave a timer behind to answer a dead socket.
  res.once('close', () => clearTimeout(timer));
  // Lets tests see the hold without timing anything.
  res.setHeader('X-Sim-Latency-Ms', String(ms));
}

/** Holds the answers of the requests `applies` picks by the current setting of `pick`. */
export function latencyMiddleware(
  control: LatencyControl,
  pick: keyof LatencySettings,
  applies: (path: string) => boolean = () => true,
): RequestHandler {
  return (req, res, next) => {
    const ms = control.settings()[pick];
    if (ms > 0 && applies(req.path)) holdEnd(res, ms);
    next();
  };
}

/** `ZOHO_SIM_LATENCY_MS` / `ZOHO_SIM_ACCOUNTS_LATENCY_MS`, for runs started by other tools. */
export function latencyFromEnv(env: NodeJS.ProcessEnv): Partial<LatencySettings> {
  const read = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    const ms = Number(raw);
    if (!Number.isInteger(ms) || ms < 0 || ms > MAX_LATENCY_MS)
      throw new Error(`${name} must be an integer from 0 to ${MAX_LATENCY_MS}, got "${raw}"`);
    return ms;
  };
  const api = read('ZOHO_SIM_LATENCY_MS');
  const accounts = read('ZOHO_SIM_ACCOUNTS_LATENCY_MS');
  return {
    ...(api === undefined ? {} : { api_ms: api }),
    ...(accounts === undefined ? {} : { accounts_ms: accounts }),
  };
}
