import type { Response } from 'express';
import { html } from './html.ts';
import { sendPage } from './layout.ts';

/** Zoho's accounts server shows an error screen (no redirect) for requests it cannot trust. */
export function sendErrorPage(res: Response, status: number, title: string, message: string): void {
  sendPage(
    res,
    status,
    title,
    html`<section class="card narrow" aria-labelledby="error-title">
      <h1 id="error-title">${title}</h1>
      <p class="error" role="alert">${message}</p>
      <p>Check the application's settings in the <a href="/console">developer console</a>.</p>
    </section>`,
  );
}
