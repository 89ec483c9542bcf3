import type { Response } from 'express';
import { html, type SafeHtml } from './html.ts';

/**
 * No scripts at all: the pages are plain forms, so the policy forbids script outright. `form-action`
 * is left open on purpose: Chromium applies it to the redirect after the consent POST, which goes
 * to the client's redirect URI on another origin.
 */
const CSP =
  "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'";

export function layout(title: string, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Zoho simulator</title>
        <link rel="stylesheet" href="/assets/sim.css" />
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="banner">
          <p><span aria-hidden="true">◆</span> Zoho simulator <small>(local, not Zoho)</small></p>
          <nav aria-label="Simulator"><a href="/">Home</a> <a href="/console">Developer console</a></nav>
        </header>
        <main id="main">${body}</main>
      </body>
    </html>`;
}

export function sendPage(res: Response, status: number, title: string, body: SafeHtml): void {
  res.status(status).setHeader('Content-Security-Policy', CSP);
  res.setHeader('Cache-Control', 'no-store');
  res.type('html').send(layout(title, body).value);
}
