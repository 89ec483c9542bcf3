import { z } from 'zod';
import { DCS } from '../core/dcs.ts';

/** Body of `POST /__sim/faults`; fields merge into the current settings, `DELETE` clears them all. */
export const faultInputSchema = z.strictObject({
  /** Added to every matching request before it is handled. */
  latency_ms: z.number().int().min(0).max(120_000).optional(),
  /** Probability (0..1) of an injected 500 / 429; 1 means every call. Drawn from a seeded PRNG. */
  error_rate_500: z.number().min(0).max(1).optional(),
  error_rate_429: z.number().min(0).max(1).optional(),
  /** Every matching call fails: 503 HTML page, or with `outage_mode: "reset"` the socket is dropped. */
  outage: z.boolean().optional(),
  outage_mode: z.enum(['503', 'reset']).optional(),
  /** The next N matching calls fail with `fail_next_status` (default 500). */
  fail_next: z.number().int().min(0).optional(),
  fail_next_status: z.union([z.literal(500), z.literal(429), z.literal(503)]).optional(),
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
}

export const NO_FAULTS: FaultSettings = {
  latency_ms: 0,
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
};
