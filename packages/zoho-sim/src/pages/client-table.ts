import type { SimClient } from '../store/state.ts';
import { html, type SafeHtml } from './html.ts';

export function clientTable(clients: SimClient[]): SafeHtml {
  if (clients.length === 0) return html`<p>No clients yet.</p>`;
  return html`<table>
    <caption class="skip">
      Registered OAuth clients
    </caption>
    <thead>
      <tr>
        <th scope="col">Name</th>
        <th scope="col">Client ID</th>
        <th scope="col">DC</th>
        <th scope="col">Type</th>
        <th scope="col">Multi-DC</th>
        <th scope="col">Redirect URIs</th>
      </tr>
    </thead>
    <tbody>
      ${clients.map(
        (client) =>
          html`<tr>
            <td>${client.name}</td>
            <td><code>${client.id}</code></td>
            <td>${client.dc.toUpperCase()}</td>
            <td>${client.type === 'self' ? 'Self client' : 'Server-based'}</td>
            <td>${client.multiDc ? 'Yes' : 'No'}</td>
            <td>${client.redirectUris.map((uri) => html`<code>${uri}</code><br />`)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
