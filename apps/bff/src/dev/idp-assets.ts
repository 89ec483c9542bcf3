/** Static assets of the IdP pages, served from its own origin so its CSP needs no inline style or script. */

// Text colours keep WCAG AA contrast (4.5:1) on the white background.
export const IDP_CSS = `
body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; }
form.login { display: grid; gap: 0.5rem; max-width: 22rem; margin-bottom: 2rem; }
label { font-weight: 600; }
input { font: inherit; padding: 0.5rem; border: 1px solid #555; border-radius: 4px; }
input:focus, button:focus, a:focus { outline: 3px solid #1f5fbf; outline-offset: 2px; }
button { font: inherit; padding: 0.6rem 1rem; border: 0; border-radius: 4px; background: #1f5fbf; color: #fff; cursor: pointer; }
.error { color: #a4161a; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; margin-bottom: 0.5rem; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #ccc; }
a { color: #1f5fbf; }
`;

// Submits oidc-provider's logout form on load; the visible button covers browsers without script.
export const LOGOUT_JS = `document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('op.logoutForm');
  if (form instanceof HTMLFormElement) form.submit();
});
`;
