import type { RequestHandler } from 'express';
import { DCS, dcUrls } from '../core/dcs.ts';
import type { SimContext } from '../server/sim-context.ts';
import { findOrg } from '../store/directory.ts';
import { clientTable } from './client-table.ts';
import { html } from './html.ts';
import { sendPage } from './layout.ts';

function countsText(counts: Record<string, number>): string {
  const entries = Object.entries(counts).filter(([, count]) => count > 0);
  return entries.length === 0
    ? 'no records'
    : entries.map(([module, count]) => `${module} ${count}`).join(', ');
}

/** `GET /`: what this simulator holds right now. */
export function homePage(ctx: SimContext): RequestHandler {
  return (_req, res) => {
    const { state } = ctx.store;
    const base = ctx.baseUrl();
    sendPage(
      res,
      200,
      'Home',
      html`<h1>Zoho simulator</h1>
        <p>
          A local stand-in for Zoho Accounts and Zoho CRM (API v2). Seed <code>${state.seed}</code>. Demo
          users sign in with the password <code>zoho1234</code>. <a href="/console">Developer console</a> ·
          <a href="/__sim/dcs">DC URLs (JSON)</a>
        </p>
        <section class="card" aria-labelledby="dcs-title">
          <h2 id="dcs-title">Data centers</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">DC</th>
                <th scope="col">Accounts server</th>
                <th scope="col">API domain</th>
                <th scope="col">Web</th>
              </tr>
            </thead>
            <tbody>
              ${DCS.map((dc) => {
                const urls = dcUrls(base, dc);
                return html`<tr>
                  <td>${dc.toUpperCase()}</td>
                  <td><code>${urls.accounts}</code></td>
                  <td><code>${urls.api}</code></td>
                  <td><code>${urls.web}</code></td>
                </tr>`;
              })}
            </tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="orgs-title">
          <h2 id="orgs-title">Organizations</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Org ID</th>
                <th scope="col">DC</th>
                <th scope="col">Edition</th>
                <th scope="col">Time zone</th>
                <th scope="col">Records</th>
              </tr>
            </thead>
            <tbody>
              ${state.orgs.map(
                (org) =>
                  html`<tr>
                    <td>${org.name}</td>
                    <td><code>${org.id}</code></td>
                    <td>${org.dc.toUpperCase()}</td>
                    <td>${org.edition}</td>
                    <td>${org.timeZone}</td>
                    <td>${countsText(ctx.crm.counts(org.id))}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="users-title">
          <h2 id="users-title">Users</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Lives in</th>
                <th scope="col">Memberships</th>
              </tr>
            </thead>
            <tbody>
              ${state.users.map(
                (user) =>
                  html`<tr>
                    <td><code>${user.email}</code></td>
                    <td>${user.firstName} ${user.lastName}</td>
                    <td>${user.dc.toUpperCase()}</td>
                    <td>
                      ${user.orgs.map((m) => html`${findOrg(ctx.store, m.orgId)?.name ?? m.orgId}: ${m.profile}, ${m.role}${m.status === 'active' ? '' : ' (disabled)'}<br />`)}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="clients-title">
          <h2 id="clients-title">OAuth clients</h2>
          ${clientTable([...state.clients.values()])}
        </section>`,
    );
  };
}
