import { escapeHtml } from '../errors/html-page.ts';
import { DEV_PASSWORD, DEV_USERS } from './dev-users.ts';

/** Shared shell of every IdP page: lang, title, main landmark; style and script only as same-origin files (CSP). */
export function idpPage(title: string, body: string, options: { script?: string } = {}): string {
  const script = options.script ? `<script src="/idp-assets/${options.script}" defer></script>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – CX Connector demo identity provider</title>
<link rel="stylesheet" href="/idp-assets/idp.css">
${script}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

function demoAccounts(): string {
  const rows = DEV_USERS.map(
    (user) =>
      `<tr><td>${escapeHtml(user.email)}</td><td>${escapeHtml(user.name)}</td><td>${user.role}</td><td>${escapeHtml(user.tenant?.name ?? '–')}</td></tr>`,
  ).join('\n');
  return `<table>
<caption>Demo accounts (password <code>${DEV_PASSWORD}</code>)</caption>
<thead><tr><th scope="col">Email</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Tenant</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

export function loginPage(uid: string, options: { email?: string; error?: string } = {}): string {
  const error = options.error
    ? `<p class="error" id="login-error" role="alert">${escapeHtml(options.error)}</p>`
    : '';
  const invalid = options.error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  const form = `${error}
<form method="post" action="/interaction/${encodeURIComponent(uid)}/login" class="login">
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(options.email ?? '')}"${invalid}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
<button type="submit">Sign in</button>
</form>
${demoAccounts()}`;
  return idpPage('Sign in', form);
}

/** oidc-provider hands us its logout form (with its xsrf field); the script submits it, the button is the no-script path. */
export function logoutPage(form: string): string {
  const body = `${form}
<input type="hidden" form="op.logoutForm" name="logout" value="yes">
<p>You are signing out of the demo identity provider.</p>
<button type="submit" form="op.logoutForm">Sign out</button>`;
  return idpPage('Signing out', body, { script: 'logout.js' });
}

export function messagePage(title: string, message: string, link?: { href: string; text: string }): string {
  const action = link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : '';
  return idpPage(title, `<p>${escapeHtml(message)}</p>${action}`);
}
