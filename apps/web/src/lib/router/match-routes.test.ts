import { describe, expect, it } from 'vitest';
import { createRouteMatcher, type RouteObject } from './match-routes';

const routes: RouteObject[] = [
  {
    path: '/',
    children: [
      { index: true },
      { path: '/hub' },
      { path: '/hub/zoho' },
      { path: 'tenants/:tenantId/events/:eventId' },
      { path: 'files/*' },
      { path: '*' },
    ],
  },
];
const match = createRouteMatcher(routes);

/** The leaf that matched, as its path (or "index"), and its params. */
function leaf(pathname: string) {
  const found = match(pathname);
  const last = found?.at(-1);
  return last && { route: last.route.index ? 'index' : last.route.path, params: last.params };
}

describe('route matching', () => {
  it('prefers the most specific route whatever the order', () => {
    expect(leaf('/')).toEqual({ route: 'index', params: {} });
    expect(leaf('/hub')).toEqual({ route: '/hub', params: {} });
    expect(leaf('/hub/zoho')).toEqual({ route: '/hub/zoho', params: {} });
    expect(leaf('/hub/other')).toEqual({ route: '*', params: { '*': 'hub/other' } });
  });

  it('ignores case and a trailing slash, as links typed by hand expect', () => {
    expect(leaf('/HUB/')).toEqual({ route: '/hub', params: {} });
  });

  it('reads decoded params and a splat', () => {
    expect(leaf('/tenants/acme%20corp/events/42')).toEqual({
      route: 'tenants/:tenantId/events/:eventId',
      params: { tenantId: 'acme corp', eventId: '42' },
    });
    expect(leaf('/files/a/b.txt')).toEqual({ route: 'files/*', params: { '*': 'a/b.txt' } });
    expect(leaf('/tenants/%E0%A4%A/events/1')?.params).toEqual({ tenantId: '%E0%A4%A', eventId: '1' });
  });

  it('returns the layout chain from the root down', () => {
    expect(match('/hub')?.map((m) => m.route.path)).toEqual(['/', '/hub']);
    expect(createRouteMatcher([{ path: '/only' }])('/elsewhere')).toBeNull();
  });
});
