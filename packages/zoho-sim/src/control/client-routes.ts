import type { Router } from 'express';
import { z } from 'zod';
import { DCS } from '../core/dcs.ts';
import type { SimContext } from '../server/sim-context.ts';
import { registerClient } from '../store/clients.ts';
import { parseBody } from './validate.ts';

const redirectUri = z.url({ protocol: /^https?$/ });

const createClientSchema = z
  .strictObject({
    dc: z.enum(DCS),
    type: z.enum(['server', 'self']),
    name: z.string().min(1).max(100).optional(),
    redirect_uris: z.array(redirectUri).max(20).optional(),
    multi_dc: z.boolean().optional(),
  })
  .refine((body) => body.type === 'self' || (body.redirect_uris?.length ?? 0) > 0, {
    message: 'A server-based client needs at least one redirect URI.',
    path: ['redirect_uris'],
  });

/** `POST /__sim/clients` (what api-console.zoho.com does) and `GET /__sim/clients` (no secrets). */
export function registerClientRoutes(router: Router, ctx: SimContext): void {
  router.post('/clients', (req, res) => {
    const body = parseBody(createClientSchema, req, res);
    if (!body) return;
    const client = registerClient(ctx.store, {
      dc: body.dc,
      type: body.type,
      redirectUris: body.redirect_uris ?? [],
      multiDc: body.multi_dc ?? false,
      ...(body.name === undefined ? {} : { name: body.name }),
    });
    res.status(201).json({ client_id: client.id, client_secret: client.secret });
  });

  router.get('/clients', (_req, res) => {
    const clients = [...ctx.store.state.clients.values()].map((client) => ({
      client_id: client.id,
      name: client.name,
      dc: client.dc,
      type: client.type,
      redirect_uris: client.redirectUris,
      multi_dc: client.multiDc,
    }));
    res.json({ clients });
  });
}
