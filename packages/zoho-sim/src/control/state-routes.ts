import type { Router } from 'express';
import { z } from 'zod';
import { DCS, dcUrls } from '../core/dcs.ts';
import { SEED_NAME } from '../seed/apply-seed.ts';
import type { SimContext } from '../server/sim-context.ts';
import { findOrg } from '../store/directory.ts';
import { parseBody, sendControlError } from './validate.ts';

const resetSchema = z.strictObject({ seed: z.string().regex(SEED_NAME).optional() });
const generateSchema = z.strictObject({
  org_id: z.string().min(1),
  module: z.string().min(1),
  count: z.number().int().min(1).max(1_000_000),
  /** `mixed`: phones in 00, national and + spellings, with extensions and several phone fields. */
  phones: z.enum(['plain', 'mixed']).optional(),
});

export function registerStateRoutes(router: Router, ctx: SimContext): void {
  router.get('/dcs', (_req, res) => {
    res.json(Object.fromEntries(DCS.map((dc) => [dc, dcUrls(ctx.baseUrl(), dc)])));
  });

  router.get('/orgs', (_req, res) => {
    res.json({ orgs: ctx.store.state.orgs.map((org) => ({ ...org, counts: ctx.crm.counts(org.id) })) });
  });

  // Passwords are left out; every seeded user's is documented (zoho1234).
  router.get('/users', (_req, res) => {
    res.json({ users: ctx.store.state.users.map(({ password: _password, ...user }) => user) });
  });

  router.post('/reset', (req, res) => {
    const body = parseBody(resetSchema, req, res);
    if (!body) return;
    const seed = body.seed ?? ctx.store.state.seed;
    ctx.reset(seed);
    res.json({ seed, orgs: ctx.store.state.orgs.length, users: ctx.store.state.users.length });
  });

  router.post('/generate', (req, res) => {
    const body = parseBody(generateSchema, req, res);
    if (!body) return;
    if (!findOrg(ctx.store, body.org_id))
      return sendControlError(res, 404, 'ORG_NOT_FOUND', 'No org has that id.');
    try {
      const added = ctx.crm.generate(
        body.org_id,
        body.module,
        body.count,
        body.phones ? { phones: body.phones } : {},
      );
      res.json({ org_id: body.org_id, module: body.module, added });
    } catch (error) {
      sendControlError(
        res,
        400,
        'GENERATE_FAILED',
        error instanceof Error ? error.message : 'Generation failed.',
      );
    }
  });
}
