import type { Request } from 'express';
import type { ModuleDef } from '../metadata/module-def.ts';
import type { OrgCrm } from '../store/org-crm.ts';
import { ZohoError } from './errors.ts';

export const MAX_PER_PAGE = 200;

/** A single query parameter as a string (first value wins when repeated). */
export function queryString(req: Request, name: string): string | undefined {
  const v = (req.query as Record<string, unknown>)[name];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return undefined;
}

function positiveInt(req: Request, name: string, fallback: number): number {
  const raw = queryString(req, name);
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new ZohoError('INVALID_DATA', { param_name: name }, 'invalid data');
  return n;
}

/** `page` (default 1) and `per_page` (default and maximum 200; larger values are capped). */
export function pageParams(req: Request): { page: number; perPage: number } {
  return {
    page: positiveInt(req, 'page', 1),
    perPage: Math.min(positiveInt(req, 'per_page', MAX_PER_PAGE), MAX_PER_PAGE),
  };
}

/** The `fields` parameter as a set of API names of the module (unknown names are ignored), or undefined. */
export function fieldsParam(req: Request, module: ModuleDef): Set<string> | undefined {
  const raw = queryString(req, 'fields');
  if (!raw) return undefined;
  const known = new Set(module.fields.map((f) => f.apiName));
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => known.has(s) || s === '$se_module');
  return new Set(names);
}

/** The path's module; INVALID_MODULE (400, resource_path_index 0) when the org has none by that name. */
export function resolveModule(org: OrgCrm, name: string | undefined): ModuleDef {
  const module = name ? org.module(name) : undefined;
  if (!module) throw new ZohoError('INVALID_MODULE', { resource_path_index: 0 });
  return module;
}

/** Comma-separated ids (`ids=`), trimmed, empties dropped. */
export function idsParam(req: Request): string[] | undefined {
  const raw = queryString(req, 'ids');
  if (raw === undefined) return undefined;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function routeParam(req: Request, name: string): string | undefined {
  const v = (req.params as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
}
