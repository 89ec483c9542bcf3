import { CookieJar } from './cookie-jar.ts';
import type { LeakRecorder } from './leak-recorder.ts';

/**
 * A scripted browser: fetch with a cookie jar, manual redirects (the test decides which to follow), an
 * Accept header like a real navigation, and every body recorded for the secret-leak check.
 */
export class Browser {
  readonly jar = new CookieJar();

  constructor(private readonly recorder: LeakRecorder) {}

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookies = this.jar.header(url);
    if (cookies) headers.set('cookie', cookies);
    if (!headers.has('accept')) headers.set('accept', 'text/html,application/xhtml+xml,*/*;q=0.8');
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.jar.store(url, response);
    await this.recorder.recordBody(url, response);
    return response;
  }

  /** Submits a urlencoded form the way a browser does (Origin of the page the form was on). */
  postForm(url: string, fields: Record<string, string>, pageOrigin: string): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: pageOrigin },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

/** The absolute URL a redirect points to, or an error naming what came back instead. */
export function redirectTarget(response: Response, from: string): string {
  const location = response.headers.get('location');
  if (response.status < 300 || response.status > 399 || !location) {
    throw new Error(`expected a redirect from ${from}, got ${response.status}`);
  }
  return new URL(location, from).href;
}
