import type { SimOrg } from '../core/types.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export interface ChooseOrgView {
  action: string;
  tx: string;
  email: string;
  orgs: SimOrg[];
}

/** Shown when the signed-in user belongs to several CRM orgs: a grant is for exactly one of them. */
export function chooseOrgPage(view: ChooseOrgView): SafeHtml {
  return html`<section class="card narrow" aria-labelledby="org-title">
    <h1 id="org-title">Choose an organization</h1>
    <p>
      Signed in as <strong>${view.email}</strong>. Which Zoho CRM organization should the application access?
    </p>
    <form method="post" action="${view.action}">
      <input type="hidden" name="tx" value="${view.tx}" />
      <fieldset>
        <legend>Organization</legend>
        ${view.orgs.map(
          (org, index) =>
            html`<label>
              <input type="radio" name="org_id" value="${org.id}" ${index === 0 ? html`checked` : ''} />
              ${org.name} <small>(${org.dc.toUpperCase()} data center, org id ${org.id})</small>
            </label>`,
        )}
      </fieldset>
      <button class="primary" type="submit">Continue</button>
    </form>
  </section>`;
}
