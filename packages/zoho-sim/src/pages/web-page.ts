import type { RequestHandler } from 'express';
import type { Dc } from '../core/dcs.ts';
import { html } from './html.ts';
import { sendPage } from './layout.ts';

/** `/<dc>/web/*` stands for crm.zoho.<tld>: "open in Zoho" links land on a page that names the target. */
export function webPage(dc: Dc): RequestHandler {
  return (req, res) => {
    sendPage(
      res,
      200,
      'Zoho CRM',
      html`<section class="card">
        <h1>Zoho CRM (${dc.toUpperCase()}, simulated)</h1>
        <p>The simulator has no CRM web interface. This link points at <code>${req.originalUrl}</code>.</p>
        <p><a href="/">Back to the simulator home page</a></p>
      </section>`,
    );
  };
}
