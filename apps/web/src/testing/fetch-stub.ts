import { vi } from 'vitest';

export interface StubResponse {
  status?: number;
  body?: unknown;
  /** Raw text instead of JSON, e.g. an HTML error page from a proxy. */
  text?: string;
  headers?: Record<string, string>;
}

/** A function handler may answer later (a Promise), e.g. to hold a request open while the test looks. */
type Handler = StubResponse | ((request: Request) => StubResponse | Promise<StubResponse>);

export interface FetchStub {
  /** Every request the app made, in order. */
  requests: Request[];
}

/**
 * Replaces `globalThis.fetch` (the app's only way out) with a table of `"METHOD /path"` answers.
 * A request the table does not know fails the test with the route it asked for.
 */
export function stubFetch(routes: Record<string, Handler>): FetchStub {
  const requests: Request[] = [];
  const fetchStub = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(
      new URL(String(input instanceof Request ? input.url : input), window.location.href),
      init,
    );
    requests.push(request);
    const url = new URL(request.url);
    const key = `${request.method} ${url.pathname}`;
    const handler = routes[key];
    if (!handler) return Promise.reject(new Error(`unexpected request ${key}`));
    return Promise.resolve(typeof handler === 'function' ? handler(request) : handler).then((answer) => {
      const status = answer.status ?? 200;
      const payload = answer.text ?? (answer.body === undefined ? null : JSON.stringify(answer.body));
      const headers = {
        'content-type': answer.text === undefined ? 'application/json' : 'text/html',
        ...answer.headers,
      };
      return new Response(payload, { status, headers });
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { requests };
}
