import type { JsonSchema, OpenApiDocument } from './json-schema.ts';

/** Below this a schema is cheaper inline than as a reference. */
const MIN_SHARED_CHARS = 1_000;

type Content = Record<string, { schema: JsonSchema }>;
type Operation = {
  operationId?: string;
  requestBody?: { content: Content };
  responses: Record<string, { content?: Content }>;
};

function contents(operation: Operation): { content: Content; role: string }[] {
  return [
    ...(operation.requestBody ? [{ content: operation.requestBody.content, role: 'Body' }] : []),
    ...Object.values(operation.responses).flatMap((response) =>
      response.content ? [{ content: response.content, role: 'Response' }] : [],
    ),
  ];
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * Large schemas used by more than one operation (the settings document is read, saved, versioned and
 * restored) move to `components.schemas` once and are referenced, so the document and its page stay a
 * reasonable size. The first operation using one names it.
 */
export function shareSchemas(document: OpenApiDocument): void {
  const seen = new Map<string, { count: number; name: string }>();
  const operations = Object.values(document.paths).flatMap(
    (methods) => Object.values(methods) as Operation[],
  );
  for (const operation of operations) {
    for (const { content, role } of contents(operation)) {
      for (const { schema } of Object.values(content)) {
        const key = JSON.stringify(schema);
        if (key.length < MIN_SHARED_CHARS) continue;
        const entry = seen.get(key) ?? {
          count: 0,
          name: `${capitalised(operation.operationId ?? 'Shared')}${role}`,
        };
        entry.count += 1;
        seen.set(key, entry);
      }
    }
  }
  const schemas = (document.components.schemas ??= {});
  for (const operation of operations) {
    for (const { content } of contents(operation)) {
      for (const media of Object.values(content)) {
        const entry = seen.get(JSON.stringify(media.schema));
        if (!entry || entry.count < 2) continue;
        schemas[entry.name] ??= media.schema;
        media.schema = { $ref: `#/components/schemas/${entry.name}` };
      }
    }
  }
}
