import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/** The document's outline; here, with the schema types, so the helpers that fill it need not import its builder. */
export type OpenApiDocument = {
  openapi: string;
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: Record<string, Record<string, unknown>>;
  /** OpenAPI 3.1: the calls the connector makes to others. */
  webhooks?: Record<string, Record<string, unknown>>;
};

/**
 * A zod contract as JSON Schema 2020-12 (the dialect of OpenAPI 3.1): `input` for what a caller sends
 * (before defaults and coercion), `output` for what we answer. A type JSON Schema cannot express (a
 * transform's result) becomes `{}` rather than failing the whole document.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

/** The properties of an object contract (path params, query) as OpenAPI parameters. */
export function toParameters(schema: z.ZodType | undefined, location: 'path' | 'query'): Parameter[] {
  if (!schema) return [];
  const json = toJsonSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: location,
    // OpenAPI: a path parameter is always required.
    required: location === 'path' || required.has(name),
    schema: property,
  }));
}

/** Express `/a/:id/b` as OpenAPI `/a/{id}/b`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}
