import type { ZohoApiErrorBody } from '../core/types.ts';

/** Expired, unknown or revoked token, or a token shown to another DC's API host (3P live captures, C-STAT). */
export const INVALID_TOKEN: ZohoApiErrorBody = {
  code: 'INVALID_TOKEN',
  details: {},
  message: 'invalid oauth token',
  status: 'error',
};

/** No Authorization header, or one that is not `Zoho-oauthtoken <token>` (Bearer included). */
export const AUTHENTICATION_FAILURE: ZohoApiErrorBody = {
  code: 'AUTHENTICATION_FAILURE',
  details: {},
  message: 'Authentication failed',
  status: 'error',
};
