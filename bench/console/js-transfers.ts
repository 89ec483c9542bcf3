import type { CDPSession, Page } from '@playwright/test';

export interface JsTransfer {
  url: string;
  /** Bytes on the wire (headers and encoded body); 0 when the browser's cache answered. */
  wireBytes: number;
  encoding: string;
}

interface Pending {
  url: string;
  encoding: string;
  cached: boolean;
}

/**
 * Records every JavaScript response a page receives, as Chromium's network stack saw it: the encoded
 * length is what went over the wire, so compression and cache hits count as they really do.
 */
export async function recordJsTransfers(page: Page): Promise<() => JsTransfer[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const pending = new Map<string, Pending>();
  const done: JsTransfer[] = [];
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    if (!/javascript/.test(response.mimeType)) return;
    const encoding = Object.entries(response.headers).find(
      ([name]) => name.toLowerCase() === 'content-encoding',
    );
    pending.set(requestId, {
      url: response.url,
      encoding: encoding?.[1] ?? 'identity',
      cached: Boolean(response.fromDiskCache || response.fromPrefetchCache),
    });
  });
  cdp.on('Network.requestServedFromCache', ({ requestId }) => {
    const entry = pending.get(requestId);
    if (entry) entry.cached = true;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const entry = pending.get(requestId);
    if (!entry) return;
    pending.delete(requestId);
    done.push({ url: entry.url, encoding: entry.encoding, wireBytes: entry.cached ? 0 : encodedDataLength });
  });
  return () => done.splice(0);
}
