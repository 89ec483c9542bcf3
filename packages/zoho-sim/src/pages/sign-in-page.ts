import type { SimUser } from '../core/types.ts';
import { html } from './html.ts';
import type { SafeHtml } from './html.ts';

export interface SignInView {
  action: string;
  tx: string;
  clientName: string;
  email?: string;
  error?: string;
  demoUsers: SimUser[];
}

export function signInPage(view: SignInView): SafeHtml {
  const describedBy = view.error === undefined ? undefined : 'signin-error';
  return html`<section class="card narrow" aria-labelledby="signin-title">
    <h1 id="signin-title">Sign in</h1>
    <p>to continue to <strong>${view.clientName}</strong></p>
    ${view.error === undefined ? '' : html`<p id="signin-error" class="error" role="alert">${view.error}</p>`}
    <form method="post" action="${view.action}" novalidate>
      <input type="hidden" name="tx" value="${view.tx}" />
      <label for="email">Email address</label>
      <input
        id="email"
        name="email"
        type="email"
        autocomplete="username"
        required
        value="${view.email ?? ''}"
        ${describedBy === undefined ? '' : html`aria-describedby="${describedBy}" aria-invalid="true"`}
      />
      <label for="password">Password</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      <button class="primary" type="submit">Sign in</button>
    </form>
    <details>
      <summary>Demo accounts (password <code>zoho1234</code>)</summary>
      <ul>
        ${view.demoUsers.map((user) => html`<li><code>${user.email}</code> (${user.dc.toUpperCase()} data center)</li>`)}
      </ul>
    </details>
  </section>`;
}
