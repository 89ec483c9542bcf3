import { Router } from 'express';
import { rawBody } from './token-endpoint.ts';
import { readFormParams } from './token-params.ts';

/**
 * Runs before fault injection so that even a token call that gets an injected failure is logged
 * with its grant type (tests count refresh attempts, failed ones included). The body read here
 * stays on `req.body` for the token route.
 */
export function grantTypeTagger(): Router {
  const router = Router();
  router.post('/oauth/v2/token', rawBody, async (req, res, next) => {
    const { grant_type: grantType } = await readFormParams(req);
    if (grantType !== undefined) res.locals.grantType = grantType;
    next();
  });
  return router;
}
