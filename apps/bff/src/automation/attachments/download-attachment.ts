import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup } from '../../net/guarded-lookup.ts';
import { isPrivateAddress } from '../../net/private-address.ts';

/*
 * SSRF protection: the URLs come from event senders, and the BFF runs inside the operator's network.
 * Without this a crafted `attachments[].url` could make us fetch cloud metadata (169.254.169.254), an
 * admin port on localhost or an internal service, and upload the answer to Zoho where the sender reads
 * it. Every address a host name resolves to is checked at connect time (so a DNS answer cannot change
 * between check and use), and again on every redirect hop: an IP literal before connecting, a host name
 * through the guarded lookup of that hop's own connection.
 */

export type DownloadFailure =
  | {
      code:
        | 'bad_url'
        | 'private_host'
        | 'unknown_host'
        | 'not_found'
        | 'refused'
        | 'too_large'
        | 'too_many_redirects';
    }
  | { code: 'unreachable' | 'timeout' | 'server_error'; transient: true };

export type DownloadResult =
  | { ok: true; data: Buffer; contentType: string | undefined }
  | ({ ok: false; message: string; status?: number } & DownloadFailure);

export interface DownloadOptions {
  maxBytes: number;
  allowPrivateHosts: boolean;
  /** Per attempt, for the whole body. */
  timeoutMs?: number;
  /** Waits before the 2nd, 3rd … attempt after a transient failure (5xx, 429, network, timeout). */
  retryDelaysMs?: readonly number[];
  /** Which addresses the guard refuses (default: isPrivateAddress). Tests narrow it to reach a local server. */
  isPrivate?: (address: string) => boolean;
}

class Failed extends Error {
  constructor(readonly result: Extract<DownloadResult, { ok: false }>) {
    super(result.message);
  }
}
const fail = (result: Extract<DownloadResult, { ok: false }>) => new Failed(result);

function get(url: URL, opts: DownloadOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      headers: { accept: '*/*', 'user-agent': 'cx-connector-zoho/attachments' },
      ...(opts.allowPrivateHosts ? {} : { lookup: guardedLookup(opts.isPrivate ?? isPrivateAddress) }),
      signal,
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    res.on('data', (chunk: Buffer) => {
      total += chunk.length;
      // Stop at the limit: a server that lies about (or omits) Content-Length cannot fill our memory.
      if (total > maxBytes) {
        // Settle before destroying: destroy() may emit 'aborted' / 'error' synchronously.
        reject(fail({ ok: false, code: 'too_large', message: `larger than ${maxBytes} bytes` }));
        res.destroy();
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolve(Buffer.concat(chunks)));
    res.on('error', reject);
    res.on('aborted', () => reject(new Error('aborted')));
  });
}

function checkUrl(raw: string, opts: DownloadOptions): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail({ ok: false, code: 'bad_url', message: 'the address is not a URL' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw fail({ ok: false, code: 'bad_url', message: 'only http and https addresses are downloaded' });
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An IP literal is connected to without a lookup, so it is checked here.
  if (!opts.allowPrivateHosts && isIP(host) !== 0 && (opts.isPrivate ?? isPrivateAddress)(host))
    throw fail({ ok: false, code: 'private_host', message: `${host} is a private or local address` });
  return url;
}

function networkFailure(error: unknown, signal: AbortSignal): Extract<DownloadResult, { ok: false }> {
  if (signal.aborted)
    return { ok: false, code: 'timeout', transient: true, message: 'the download took too long' };
  const code = (error as { code?: unknown }).code;
  if (code === 'EPRIVATE')
    return {
      ok: false,
      code: 'private_host',
      message: `${(error as Error).message.replace('private address ', '')} is a private or local address`,
    };
  if (code === 'ENOTFOUND')
    return { ok: false, code: 'unknown_host', message: 'the host name does not exist' };
  return {
    ok: false,
    code: 'unreachable',
    transient: true,
    message: `the file server could not be reached (${typeof code === 'string' ? code : 'network error'})`,
  };
}

async function attempt(raw: string, opts: DownloadOptions): Promise<DownloadResult> {
  let url = checkUrl(raw, opts);
  // One deadline for the whole attempt (redirects and body included), not an idle timeout.
  const signal = AbortSignal.timeout(opts.timeoutMs ?? 60_000);
  for (let hop = 0; hop <= 3; hop += 1) {
    let res: IncomingMessage;
    try {
      res = await get(url, opts, signal);
    } catch (error) {
      return networkFailure(error, signal);
    }
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      url = checkUrl(new URL(res.headers.location, url).toString(), opts);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      if (status === 404 || status === 410)
        return {
          ok: false,
          code: 'not_found',
          status,
          message: `the file server answered ${status} (not found)`,
        };
      if (status === 408 || status === 429 || status >= 500)
        return {
          ok: false,
          code: 'server_error',
          transient: true,
          status,
          message: `the file server answered ${status}`,
        };
      return {
        ok: false,
        code: 'refused',
        status,
        message: `the file server refused the download (${status})`,
      };
    }
    const length = Number(res.headers['content-length']);
    if (Number.isFinite(length) && length > opts.maxBytes) {
      res.destroy();
      return { ok: false, code: 'too_large', message: `${length} bytes, more than ${opts.maxBytes}` };
    }
    try {
      const data = await readBody(res, opts.maxBytes);
      return { ok: true, data, contentType: res.headers['content-type'] };
    } catch (error) {
      return error instanceof Failed ? error.result : networkFailure(error, signal);
    }
  }
  return { ok: false, code: 'too_many_redirects', message: 'more than 3 redirects' };
}

/**
 * GETs a file into memory, at most `maxBytes` (streamed, so a bigger body is cut off), with a timeout
 * per attempt and a few retries for transient failures. Never throws: the result says what happened.
 */
export async function downloadAttachment(url: string, opts: DownloadOptions): Promise<DownloadResult> {
  const delays = opts.retryDelaysMs ?? [1_000, 4_000];
  for (let tries = 0; ; tries += 1) {
    let result: DownloadResult;
    try {
      result = await attempt(url, opts);
    } catch (error) {
      if (error instanceof Failed) return error.result;
      throw error;
    }
    if (result.ok || !('transient' in result) || tries >= delays.length) return result;
    await new Promise((resolve) => setTimeout(resolve, delays[tries]));
  }
}
