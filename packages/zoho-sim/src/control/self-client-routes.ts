import type { Router } from 'express';
import { z } from 'zod';
import { parseScopes } from '../accounts/scopes.ts';
import { DCS } from '../core/dcs.ts';
import type { SimContext } from '../server/sim-context.ts';
import { registerClient } from '../store/clients.ts';
import { issueCode } from '../store/codes.ts';
import { tryRecordGrant } from '../store/issue-limits.ts';
import { activeOrgsOf, findUserByEmail } from '../store/directory.ts';
import { parseBody, sendControlError } from './validate.ts';

const selfClientSchema = z.strictObject({
  dc: z.enum(DCS).optional(),
  user_email: z.string().min(3),
  /** Comma- or space-separated, as typed in the console's "Generate Code" tab, or a list. */
  scope: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  org_id: z.string().optional(),
  /** Reuse an existing self client instead of creating one. */
  client_id: z.string().optional(),
  /** Code lifetime; the console offers 3 to 10 minutes (default 3). */
  expires_in_minutes: z.number().int().min(1).max(10).optional(),
});

/** `POST /__sim/self-client`: a self client (or an existing one) plus a fresh grant code for a user. */
export function registerSelfClientRoutes(router: Router, ctx: SimContext): void {
  router.post('/self-client', (req, res) => {
    const body = parseBody(selfClientSchema, req, res);
    if (!body) return;
    const user = findUserByEmail(ctx.store, body.user_email);
    if (!user) return sendControlError(res, 404, 'USER_NOT_FOUND', 'No Zoho user has that email.');
    // The console user is signed in to their own DC; their self clients and codes live there.
    const dc = body.dc ?? user.dc;
    if (dc !== user.dc)
      return sendControlError(res, 400, 'WRONG_DC', `That user lives in the ${user.dc} DC.`);
    const scopes = parseScopes(Array.isArray(body.scope) ? body.scope.join(',') : body.scope);
    if (!scopes.ok) return sendControlError(res, 400, 'INVALID_SCOPE', `Invalid scope "${scopes.invalid}".`);
    const org = activeOrgsOf(ctx.store, user).find(
      (each) => body.org_id === undefined || each.id === body.org_id,
    );
    if (!org)
      return sendControlError(res, 400, 'INVALID_ORG', 'The user is not an active member of that org.');
    const existing = body.client_id === undefined ? undefined : ctx.store.state.clients.get(body.client_id);
    if (body.client_id !== undefined && (existing?.type !== 'self' || existing.dc !== dc)) {
      return sendControlError(res, 404, 'CLIENT_NOT_FOUND', 'No self client with that id in this DC.');
    }
    const client = existing ?? registerClient(ctx.store, { dc, type: 'self', ownerUserId: user.id });
    // The console's "Generate Code" counts against the same per-client cap as the consent page.
    if (!tryRecordGrant(ctx.store, client))
      return sendControlError(
        res,
        429,
        'ACCESS_DENIED',
        'You have made too many requests continuously. Please try again after some time.',
      );
    const code = issueCode(ctx.store, {
      dc,
      clientId: client.id,
      userId: user.id,
      orgId: org.id,
      scopes: scopes.scopes,
      kind: 'self',
      accessType: 'offline',
      promptConsent: false,
      ttlSeconds: (body.expires_in_minutes ?? 0) * 60 || ctx.store.limits.selfCodeTtlSeconds,
    });
    res.status(201).json({ client_id: client.id, client_secret: client.secret, code: code.code });
  });
}
