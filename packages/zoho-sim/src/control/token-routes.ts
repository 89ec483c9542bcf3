import type { Router } from 'express';
import { z } from 'zod';
import { queryParams } from '../accounts/query.ts';
import type { SimContext } from '../server/sim-context.ts';
import { findUser, findUserByEmail } from '../store/directory.ts';
import { endRefreshToken, revokeUserRefreshTokens } from '../store/revocation.ts';
import { parseBody, sendControlError } from './validate.ts';

const revokeSchema = z
  .strictObject({
    user_email: z.string().optional(),
    refresh_token: z.string().optional(),
    client_id: z.string().optional(),
  })
  .refine((body) => body.user_email !== undefined || body.refresh_token !== undefined, {
    message: 'Give user_email or refresh_token.',
  });

/** Test-only views of the token store; the product never needs them. */
export function registerTokenRoutes(router: Router, ctx: SimContext): void {
  router.get('/tokens', (req, res) => {
    const { client_id: clientId, user_email: email } = queryParams(req);
    const user = email === undefined ? undefined : findUserByEmail(ctx.store, email);
    const now = ctx.clock.now();
    const accessTokens = [...ctx.store.state.accessTokens.values()];
    const refreshTokens = [...ctx.store.state.refreshTokens.values()]
      .filter(
        (rt) =>
          (clientId === undefined || rt.clientId === clientId) &&
          (email === undefined || rt.userId === user?.id),
      )
      .map((rt) => ({
        refresh_token: rt.token,
        client_id: rt.clientId,
        user_email: findUser(ctx.store, rt.userId)?.email,
        org_id: rt.orgId,
        dc: rt.dc,
        scopes: rt.scopes,
        status: rt.status,
        created_at: new Date(rt.createdAt).toISOString(),
        ...(rt.endedAt === undefined ? {} : { ended_at: new Date(rt.endedAt).toISOString() }),
        live_access_tokens: accessTokens.filter(
          (at) => at.refreshToken === rt.token && !at.revoked && at.expiresAt > now,
        ).length,
      }));
    res.json({ refresh_tokens: refreshTokens });
  });

  /** Simulates the user removing the app in Zoho's "Connected Apps", or an eviction. */
  router.post('/revoke-refresh-tokens', (req, res) => {
    const body = parseBody(revokeSchema, req, res);
    if (!body) return;
    if (body.refresh_token !== undefined) {
      const record = ctx.store.state.refreshTokens.get(body.refresh_token);
      if (!record) return sendControlError(res, 404, 'TOKEN_NOT_FOUND', 'Unknown refresh token.');
      const wasActive = record.status === 'active';
      endRefreshToken(ctx.store, record, 'revoked');
      return res.json({ revoked: wasActive ? 1 : 0 });
    }
    const user = findUserByEmail(ctx.store, body.user_email ?? '');
    if (!user) return sendControlError(res, 404, 'USER_NOT_FOUND', 'No Zoho user has that email.');
    res.json({ revoked: revokeUserRefreshTokens(ctx.store, user.id, body.client_id) });
  });
}
