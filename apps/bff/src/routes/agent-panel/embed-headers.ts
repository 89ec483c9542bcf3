import { AGENT_PANEL_EMBED_PATH } from '@cxc/shared/api/agent-panel';
import type { RequestHandler } from 'express';

/**
 * Runs after the global security headers. Only the agent panel's page may be framed, and only by the
 * origins in AGENT_PANEL_EMBED_PATH's allowlist (AGENT_PANEL_FRAME_ANCESTORS, default 'self'); every
 * other page keeps `frame-ancestors 'none'`. X-Frame-Options cannot name origins, so it is dropped
 * here (browsers that know frame-ancestors ignore it anyway).
 */
export function agentPanelEmbedHeaders(frameAncestors: readonly string[]): RequestHandler {
  const directive = `frame-ancestors ${frameAncestors.join(' ')}`;
  return (req, res, next) => {
    if (req.method === 'GET' && req.path.replace(/\/$/, '') === AGENT_PANEL_EMBED_PATH) {
      const csp = res.getHeader('content-security-policy');
      if (typeof csp === 'string')
        res.setHeader('content-security-policy', csp.replace(/frame-ancestors [^;]*/, directive));
      res.removeHeader('x-frame-options');
    }
    next();
  };
}
