import { DCS } from '../core/dcs.ts';
import type { SimClient } from '../store/state.ts';
import { clientTable } from './client-table.ts';
import { html, type SafeHtml } from './html.ts';

export interface ConsoleForm {
  name?: string;
  type?: string;
  dc?: string;
  redirectUris?: string;
  multiDc?: boolean;
}

export type FieldErrors = Partial<Record<'name' | 'redirect_uris' | 'dc' | 'type', string>>;

function fieldError(id: string, message: string | undefined): SafeHtml | string {
  return message === undefined ? '' : html`<p id="${id}-error" class="error">${message}</p>`;
}

function invalid(id: string, message: string | undefined): SafeHtml | string {
  return message === undefined ? '' : html`aria-invalid="true" aria-describedby="${id}-error"`;
}

/** Like api-console.zoho.com: register a server-based client (redirect URIs, Multi-DC) or a self client. */
export function consolePage(
  clients: SimClient[],
  form: ConsoleForm = {},
  errors: FieldErrors = {},
): SafeHtml {
  const type = form.type ?? 'server';
  return html`<h1>Developer console</h1>
    <section class="card" aria-labelledby="new-title">
      <h2 id="new-title">Add a client</h2>
      <form method="post" action="/console/clients" novalidate>
        <fieldset>
          <legend>Client type</legend>
          <label
            ><input type="radio" name="type" value="server" ${type === 'server' ? html`checked` : ''} />
            Server-based application</label
          >
          <label
            ><input type="radio" name="type" value="self" ${type === 'self' ? html`checked` : ''} /> Self
            client</label
          >
        </fieldset>
        ${fieldError('type', errors.type)}
        <label for="name">Client name</label>
        <input
          id="name"
          name="name"
          type="text"
          maxlength="100"
          value="${form.name ?? ''}"
          ${invalid('name', errors.name)}
        />
        ${fieldError('name', errors.name)}
        <label for="dc">Data center</label>
        <select id="dc" name="dc">
          ${DCS.map((dc) => html`<option value="${dc}" ${dc === (form.dc ?? 'us') ? html`selected` : ''}>${dc.toUpperCase()}</option>`)}
        </select>
        <label for="redirect_uris"
          >Authorized redirect URIs <small>(one per line; server-based only)</small></label
        >
        <textarea
          id="redirect_uris"
          name="redirect_uris"
          rows="3"
          ${invalid('redirect_uris', errors.redirect_uris)}
        >
${form.redirectUris ?? ''}</textarea>
        ${fieldError('redirect_uris', errors.redirect_uris)}
        <label
          ><input type="checkbox" name="multi_dc" value="on" ${form.multiDc === true ? html`checked` : ''} />
          Multi-DC: use the same OAuth credentials for all data centers</label
        >
        <button class="primary" type="submit">Create</button>
      </form>
    </section>
    <section class="card" aria-labelledby="clients-title">
      <h2 id="clients-title">Clients</h2>
      ${clientTable(clients)}
    </section>`;
}

export function createdPage(client: SimClient): SafeHtml {
  return html`<section class="card" aria-labelledby="created-title">
    <h1 id="created-title">Client created</h1>
    <p role="status">Copy the secret now: the console does not show it again.</p>
    <dl>
      <dt>Client ID</dt>
      <dd><code class="secret">${client.id}</code></dd>
      <dt>Client secret</dt>
      <dd><code class="secret">${client.secret}</code></dd>
      <dt>Data center</dt>
      <dd>${client.dc.toUpperCase()}${client.multiDc ? ' (Multi-DC)' : ''}</dd>
    </dl>
    <p><a href="/console">Back to the console</a></p>
  </section>`;
}
