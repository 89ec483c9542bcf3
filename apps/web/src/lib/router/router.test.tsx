import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  createRouter,
  Link,
  Navigate,
  NavLink,
  Outlet,
  RouterProvider,
  useBlocker,
  useLocation,
  useNavigationType,
  useParams,
  useRouteError,
  useSearchParams,
} from './index';

function Layout() {
  const { pathname, search } = useLocation();
  return (
    <>
      <nav aria-label="Main">
        <NavLink to="/a">A</NavLink>
        <NavLink to="/items/7">Item 7</NavLink>
        <Link to="/broken">Broken</Link>
      </nav>
      <p>
        at {pathname}
        {search} by {useNavigationType()}
      </p>
      <Outlet />
    </>
  );
}

function Item() {
  const [search, setSearch] = useSearchParams();
  return (
    <>
      <h1>Item {useParams().id}</h1>
      <button
        type="button"
        onClick={() => setSearch((previous) => ({ ...Object.fromEntries(previous), sort: 'new' }))}
      >
        Sort
      </button>
      <p>sort {search.get('sort') ?? 'none'}</p>
    </>
  );
}

function Guarded() {
  const [dirty, setDirty] = useState(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );
  return (
    <>
      <h1>Guarded</h1>
      <button type="button" onClick={() => setDirty(true)}>
        Edit
      </button>
      {blocker.state === 'blocked' ? (
        <div role="dialog" aria-label={`Leave for ${blocker.location.pathname}?`}>
          <button type="button" onClick={blocker.proceed}>
            Leave
          </button>
          <button type="button" onClick={blocker.reset}>
            Stay
          </button>
        </div>
      ) : null}
    </>
  );
}

function Broken(): never {
  throw new Error('screen failed');
}

function Fallback() {
  return <p role="alert">{String(useRouteError())}</p>;
}

function renderRouter(url: string) {
  window.history.replaceState(null, '', url);
  const router = createRouter([
    {
      path: '/',
      Component: Layout,
      children: [
        { index: true, element: <Navigate to="/a" replace /> },
        { path: 'a', element: <h1>Page A</h1> },
        { path: 'items/:id', Component: Item },
        { path: 'guarded', Component: Guarded },
        { path: 'broken', Component: Broken, ErrorBoundary: Fallback },
      ],
    },
  ]);
  render(<RouterProvider router={router} />);
  return { user: userEvent.setup(), router };
}

describe('router', () => {
  it('redirects by replacing, pushes on a link, marks the active entry, and follows Back', async () => {
    const { user } = renderRouter('/');
    expect(await screen.findByRole('heading', { name: 'Page A' })).toBeDefined();
    expect(screen.getByText('at /a by REPLACE')).toBeDefined();
    expect(screen.getByRole('link', { name: 'A' }).getAttribute('aria-current')).toBe('page');
    const entries = window.history.length;

    await user.click(screen.getByRole('link', { name: 'Item 7' }));

    expect(await screen.findByRole('heading', { name: 'Item 7' })).toBeDefined();
    expect(screen.getByText('at /items/7 by PUSH')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Item 7' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'A' }).getAttribute('aria-current')).toBeNull();
    expect(window.history.length).toBe(entries + 1);

    window.history.back();
    expect(await screen.findByText('at /a by POP')).toBeDefined();
  });

  it('replaces the entry for a link to the current page and keeps the path when the query changes', async () => {
    const { user } = renderRouter('/items/7');
    const entries = window.history.length;
    await user.click(screen.getByRole('link', { name: 'Item 7' }));
    expect(await screen.findByText('at /items/7 by REPLACE')).toBeDefined();
    expect(window.history.length).toBe(entries);

    await user.click(screen.getByRole('button', { name: 'Sort' }));

    expect(await screen.findByText('sort new')).toBeDefined();
    expect(window.location.pathname + window.location.search).toBe('/items/7?sort=new');
  });

  it('holds a link and Back while the blocker says so, until the user stays or leaves', async () => {
    const { user, router } = renderRouter('/items/7');
    act(() => router.navigate('/guarded'));
    await screen.findByRole('heading', { name: 'Guarded' });
    await user.click(screen.getByRole('button', { name: 'Edit' }));

    await user.click(screen.getByRole('link', { name: 'A' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Leave for /a?' })).getByRole('button', { name: 'Stay' }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.pathname).toBe('/guarded');

    window.history.back();
    const dialog = await screen.findByRole('dialog', { name: 'Leave for /items/7?' });
    await vi.waitFor(() => expect(window.location.pathname).toBe('/guarded'));
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }));

    expect(await screen.findByRole('heading', { name: 'Item 7' })).toBeDefined();
    expect(window.location.pathname).toBe('/items/7');
  });

  it('shows the route error screen, and tries the route again after navigating', async () => {
    const { user } = renderRouter('/a');
    await user.click(screen.getByRole('link', { name: 'Broken' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Error: screen failed');

    await user.click(screen.getByRole('link', { name: 'A' }));

    expect(await screen.findByRole('heading', { name: 'Page A' })).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
