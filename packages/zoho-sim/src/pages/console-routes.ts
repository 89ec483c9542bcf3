import express, { type Router } from 'express';
import { formField } from '../accounts/query.ts';
import { isDc } from '../core/dcs.ts';
import type { SimContext } from '../server/sim-context.ts';
import { registerClient } from '../store/clients.ts';
import { consolePage, createdPage, type FieldErrors } from './console-page.ts';
import { sendPage } from './layout.ts';

function validUri(uri: string): boolean {
  try {
    const url = new URL(uri);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** `GET /console` and its form post; the secret appears once, on the page after creation. */
export function registerConsoleRoutes(router: Router, ctx: SimContext): void {
  const clients = () => [...ctx.store.state.clients.values()];
  router.get('/console', (_req, res) => {
    sendPage(res, 200, 'Developer console', consolePage(clients()));
  });

  router.post('/console/clients', express.urlencoded({ extended: false, limit: '64kb' }), (req, res) => {
    const form = {
      name: (formField(req, 'name') ?? '').trim(),
      type: formField(req, 'type') ?? 'server',
      dc: formField(req, 'dc') ?? 'us',
      redirectUris: formField(req, 'redirect_uris') ?? '',
      multiDc: formField(req, 'multi_dc') === 'on',
    };
    const uris = form.redirectUris.split(/\s+/).filter((uri) => uri !== '');
    const errors: FieldErrors = {};
    if (form.type !== 'server' && form.type !== 'self') errors.type = 'Choose a client type.';
    if (form.type === 'server' && form.name === '') errors.name = 'Enter a client name.';
    if (form.type === 'server' && (uris.length === 0 || !uris.every(validUri))) {
      errors.redirect_uris = 'Enter at least one redirect URI starting with http:// or https://.';
    }
    if (!isDc(form.dc)) errors.dc = 'Choose a data center.';
    if (Object.keys(errors).length > 0 || !isDc(form.dc)) {
      return sendPage(res, 400, 'Developer console', consolePage(clients(), form, errors));
    }
    const client = registerClient(ctx.store, {
      dc: form.dc,
      type: form.type === 'self' ? 'self' : 'server',
      redirectUris: uris,
      multiDc: form.multiDc,
      ...(form.name === '' ? {} : { name: form.name }),
    });
    sendPage(res, 201, 'Client created', createdPage(client));
  });
}
