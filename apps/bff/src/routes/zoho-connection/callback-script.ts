/**
 * The callback page's only script, served as a file from our origin so the strict CSP (`script-src 'self'`,
 * no inline script) holds. It reads the outcome from a <meta> element, tells the console window that
 * opened the popup (same origin only), and closes; without an opener it navigates to the console page.
 */
export const CALLBACK_SCRIPT = `(function () {
  'use strict';
  var meta = document.querySelector('meta[name="cxc-zoho-connect"]');
  if (!meta) return;
  var message = JSON.parse(meta.getAttribute('content') || '{}');
  var origin = window.location.origin;
  var opener = null;
  try { opener = window.opener && !window.opener.closed ? window.opener : null; } catch (e) { opener = null; }
  if (opener) {
    opener.postMessage(message, origin);
    window.close();
    return;
  }
  var target = '/integrations/zoho-crm?connect=' + encodeURIComponent(message.outcome || 'error');
  if (message.error && message.error.code) target += '&code=' + encodeURIComponent(message.error.code);
  window.location.replace(target);
})();
`;
