import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export interface ConsentView {
  action: string;
  tx: string;
  clientName: string;
  email: string;
  orgName: string;
  scopes: { scope: string; description: string }[];
}

export function consentPage(view: ConsentView): SafeHtml {
  return html`<section class="card narrow" aria-labelledby="consent-title">
    <h1 id="consent-title">${view.clientName} would like to access your Zoho data</h1>
    <p>Signed in as <strong>${view.email}</strong>, organization <strong>${view.orgName}</strong>.</p>
    <h2>Requested permissions</h2>
    <ul class="scopes">
      ${view.scopes.map((item) => html`<li>${item.description} <code>${item.scope}</code></li>`)}
    </ul>
    <form method="post" action="${view.action}">
      <input type="hidden" name="tx" value="${view.tx}" />
      <button class="primary" type="submit" name="decision" value="accept">Accept</button>
      <button class="secondary" type="submit" name="decision" value="deny">Deny</button>
    </form>
  </section>`;
}
