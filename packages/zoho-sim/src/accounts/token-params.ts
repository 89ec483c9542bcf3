import type { Request } from 'express';
import { queryParams } from './query.ts';

/**
 * Token and revoke parameters from wherever the client put them: Zoho's docs use the query string, the
 * official Node SDKs send multipart/form-data, others send urlencoded bodies
 * (https://www.zoho.com/accounts/protocol/oauth/web-apps/access-token.html). Body values win over the query.
 * HTTP Basic client credentials (client_secret_basic, listed in
 * https://accounts.zoho.com/.well-known/openid-configuration) are accepted too. The route reads the body
 * raw; Node's fetch Response parses both form encodings.
 */
export async function readFormParams(req: Request): Promise<Record<string, string>> {
  const params = queryParams(req);
  const contentType = req.headers['content-type'] ?? '';
  const body = req.body as unknown;
  const isForm = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType);
  if (isForm && Buffer.isBuffer(body) && body.length > 0) {
    try {
      const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
      for (const [key, value] of form) if (typeof value === 'string') params[key] = value;
    } catch {
      // A body that does not parse contributes nothing; the grant then fails on missing parameters.
    }
  }
  const basic = /^Basic +(\S+)$/i.exec(req.headers.authorization ?? '');
  if (basic?.[1] !== undefined) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      params.client_id ??= safeDecode(decoded.slice(0, colon));
      params.client_secret ??= safeDecode(decoded.slice(colon + 1));
    }
  }
  return params;
}

/**
 * RFC 6749 section 2.3.1 (https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1) form-encodes Basic
 * credentials; a malformed escape is taken literally.
 */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return value;
  }
}
