import type { ComponentType, ReactNode } from 'react';

export interface RouteObject {
  /** `/a/:id/*`: `:name` matches one segment, a final `*` the rest; a child's absolute path is kept as is. */
  path?: string;
  /** Matches its parent's path exactly. */
  index?: boolean;
  element?: ReactNode;
  Component?: ComponentType;
  /** Shown instead of this route (and its children) when rendering throws; reads the error with useRouteError. */
  ErrorBoundary?: ComponentType;
  children?: RouteObject[];
}

export type Params = Readonly<Record<string, string>>;

export interface RouteMatch {
  route: RouteObject;
  params: Params;
}

interface Branch {
  routes: RouteObject[];
  pattern: RegExp;
  paramNames: string[];
  score: number;
  order: number;
}

/**
 * Scores as react-router did, so the same route wins: static segments outrank `:params`, which outrank
 * a splat; an index route outranks its layout.
 */
function scoreOf(path: string, index: boolean): number {
  const segments = path.split('/').filter(Boolean);
  let score = segments.length + (index ? 2 : 0);
  if (segments.includes('*')) score -= 2;
  for (const segment of segments) {
    if (segment === '*') continue;
    score += segment.startsWith(':') ? 3 : 10;
  }
  if (segments.length === 0) score += 1;
  return score;
}

function joinPaths(parent: string, child: string | undefined): string {
  if (child === undefined) return parent;
  if (child.startsWith('/')) return child;
  return `${parent.replace(/\/$/, '')}/${child}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Case-insensitive, a trailing slash allowed (react-router's defaults). */
function compile(path: string): Pick<Branch, 'pattern' | 'paramNames'> {
  const paramNames: string[] = [];
  const source = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      if (segment === '*') {
        paramNames.push('*');
        return '(?:/(.*))?';
      }
      if (segment.startsWith(':')) {
        paramNames.push(segment.slice(1));
        return '/([^/]+)';
      }
      return `/${escape(segment)}`;
    })
    .join('');
  return { pattern: new RegExp(`^${source}/*$`, 'i'), paramNames };
}

function flatten(
  routes: RouteObject[],
  parents: RouteObject[],
  parentPath: string,
  into: Branch[],
): Branch[] {
  for (const route of routes) {
    const path = joinPaths(parentPath, route.path);
    const chain = [...parents, route];
    if (route.children) flatten(route.children, chain, path, into);
    if (route.path !== undefined || route.index)
      into.push({
        routes: chain,
        ...compile(path),
        score: scoreOf(path, route.index ?? false),
        order: into.length,
      });
  }
  return into;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function createRouteMatcher(routes: RouteObject[]): (pathname: string) => RouteMatch[] | null {
  const branches = flatten(routes, [], '/', []).sort((a, b) => b.score - a.score || a.order - b.order);
  return (pathname) => {
    for (const branch of branches) {
      const found = branch.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      branch.paramNames.forEach((name, i) => {
        params[name] = decode(found[i + 1] ?? '');
      });
      return branch.routes.map((route) => ({ route, params }));
    }
    return null;
  };
}
