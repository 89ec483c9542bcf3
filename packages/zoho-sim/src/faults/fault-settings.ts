import { z } from 'zod';
import { DCS } from '../core/dcs.ts';

/** Body of `POST /__sim/faults`; fields merge into the current settings, `DELETE` clears them all. */
export const faultInputSchema = z.strictObject({
  /** Added to every matching request before it is handled. */
  latency_ms: z.number().int().min(0).max(120_000).optional(),
  /**
   * The request is handled at once (a write is applied) but its answer is held back this long: the
   * "Zoho did it, we never heard" case that crash drills kill a worker in.
   */
  answer_delay_ms: z.number().int().min(0).max(120_000).optional(),
  /** Probability (0..1) of an injected 500 / 429; 1 means every call. Drawn from a seeded PRNG. */
  error_rate_500: z.number().min(0).max(1).optional(),
  error_rate_429: z.number().min(0).max(1).optional(),
  /** Every matching call fails: 503 HTML page, or with `outage_mode: "reset"` the socket is dropped. */
  outage: z.boolean().optional(),
  outage_mode: z.enum(['503', 'reset']).optional(),
  /** The next N matching calls fail with `fail_next_status` (default 500). */
  fail_next: z.number().int().min(0).optional(),
  fail_next_status: z.union([z.literal(500), z.literal(429), z.literal(503)]).optional(),
  /**
   * The whole simulator is unreachable for this long (real time, not the simulator clock): every
   * connection except `/__sim/*` requests is reset, so clients see ECONNRESET, not an HTTP status.
   * 0 lifts it early. Ignores `target` and `dc`: the one listener serves every DC.
   */
  down_for_ms: z.number().int().min(0).max(86_400_000).optional(),
  /** CrmFaultView: fresh records stay invisible to `/search` this long. */
  search_index_delay_seconds: z.number().min(0).optional(),
  /** Every refresh-token grant answers `invalid_code`, as for a token revoked by the user. */
  refresh_tokens_revoked: z.boolean().optional(),
  /** Which hosts the injected failures and latency hit (default both) and, optionally, one DC only. */
  target: z.enum(['all', 'accounts', 'api']).optional(),
  dc: z.enum(DCS).optional(),
});

export type FaultInput = z.infer<typeof faultInputSchema>;

export interface FaultSettings {
  latency_ms: number;
  answer_delay_ms: number;
  error_rate_500: number;
  error_rate_429: number;
  outage: boolean;
  outage_mode: '503' | 'reset';
  fail_next: number;
  fail_next_status: 500 | 429 | 503;
  search_index_delay_seconds: number;
  refresh_tokens_revoked: boolean;
  target: 'all' | 'accounts' | 'api';
  dc: (typeof DCS)[number] | null;
  /** When a `down_for_ms` outage ends (ISO, real time); null when the simulator is up. */
  down_until: string | null;
}

export const NO_FAULTS: FaultSettings = {
  latency_ms: 0,
  answer_delay_ms: 0,
  error_rate_500: 0,
  error_rate_429: 0,
  outage: false,
  outage_mode: '503',
  fail_next: 0,
  fail_next_status: 500,
  search_index_delay_seconds: 0,
  refresh_tokens_revoked: false,
  target: 'all',
  dc: null,
  down_until: null,
};
