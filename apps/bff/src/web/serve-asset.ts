import { stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.ts';

/**
 * Vite writes every hashed file flat into `assets/`; anything else (a slash, `..`, a dot-file, an encoded
 * separator) is no asset of ours, so the name itself is the traversal guard.
 */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const PRECOMPRESSED_SUFFIX = /\.(br|gz)$/;

/** Best first; the build writes both next to each text asset (apps/web/vite-plugins/precompress.ts). */
const ENCODINGS = [
  { token: 'br', suffix: '.br' },
  { token: 'gzip', suffix: '.gz' },
] as const;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** `gzip;q=0.5, br` → {gzip: 0.5, br: 1}; a malformed q counts as 0 (not acceptable). */
function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!token) continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(token, Number.isFinite(weight) && weight > 0 && weight <= 1 ? weight : 0);
  }
  return weights;
}

/**
 * The encodings the client accepts, its favourite first; on a tie (browsers send `gzip, deflate, br, zstd`
 * without weights) brotli wins, being the smaller. No header means "any", but an old client or proxy
 * without one is safest served plain.
 */
function acceptedEncodings(header: string | undefined): readonly (typeof ENCODINGS)[number][] {
  if (!header) return [];
  const weights = parseAcceptEncoding(header);
  const weightOf = (token: string) => weights.get(token) ?? weights.get('*') ?? 0;
  return ENCODINGS.filter(({ token }) => weightOf(token) > 0).sort(
    (a, b) => weightOf(b.token) - weightOf(a.token),
  );
}

/**
 * Serves `GET /assets/<name>` (mounted at /assets): the precompressed twin the client accepts (br, then gzip), else the file
 * itself; a missing asset is a 404, never the SPA's index.html (a stale chunk must fail as a load error,
 * not as HTML parsed for JavaScript). Hashed names never change content: cached for a year, immutable.
 */
export function serveAsset(assetsDir: string): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    void (async () => {
      // Mounted at /assets: the rest of the path, still percent-encoded, so `%2f` cannot smuggle a slash.
      const name = req.path.slice(1);
      const file = join(assetsDir, name);
      // The twins are served by negotiation only, never by their own name (they carry no encoding header).
      if (!ASSET_NAME.test(name) || PRECOMPRESSED_SUFFIX.test(name) || !(await isFile(file))) {
        next(new AppError('NOT_FOUND', 'Not found.'));
        return;
      }
      res.setHeader('cache-control', 'public, max-age=31536000, immutable');
      res.setHeader('vary', 'Accept-Encoding');
      // The type follows the asset's own extension, not the `.br`/`.gz` on disk.
      res.type(extname(name) || 'application/octet-stream');
      let sent = file;
      for (const { token, suffix } of acceptedEncodings(req.headers['accept-encoding'])) {
        if (await isFile(file + suffix)) {
          res.setHeader('content-encoding', token);
          sent = file + suffix;
          break;
        }
      }
      res.sendFile(sent, { cacheControl: false, dotfiles: 'deny' }, (error) => {
        // A browser that navigated away mid-download (ECONNABORTED) is no server error.
        if (!error || res.headersSent || (error as NodeJS.ErrnoException).code === 'ECONNABORTED') return;
        next(error);
      });
    })().catch(next);
  };
}
