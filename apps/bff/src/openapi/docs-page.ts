import { escapeHtml as esc } from '../errors/html-page.ts';
import type { OpenApiDocument } from './json-schema.ts';

type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Record<string, unknown>[];
  parameters?: { name: string; in: string; required: boolean; description?: string; schema?: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<
    string,
    { description: string; content?: Record<string, { schema: unknown }>; headers?: Record<string, unknown> }
  >;
};

/** `code` spans for backticked text; everything else escaped. */
const prose = (text: string) => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const REF = '#/components/schemas/';

/** A shared schema is a link to its one rendering under "Schemas"; any other is shown folded. */
function schemaBlock(label: string, schema: unknown): string {
  const ref = (schema as { $ref?: unknown } | null)?.$ref;
  if (typeof ref === 'string' && ref.startsWith(REF)) {
    const name = ref.slice(REF.length);
    return `<p>${esc(label)}: <a href="#schema-${esc(name)}">${esc(name)}</a></p>`;
  }
  return `<details><summary>${esc(label)}</summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function securityText(security: Record<string, unknown>[] | undefined): string {
  if (!security || security.length === 0) return 'none';
  return security.map((alternative) => Object.keys(alternative).join(' + ') || 'none').join(' or ');
}

/** `name` is the path of an operation, or the name of a webhook (a call we make, to a URL the admin set). */
function operationHtml(method: string, name: string, operation: Operation): string {
  const id = esc(operation.operationId ?? `${method}-${name}`);
  const parameters = operation.parameters ?? [];
  const rows = parameters
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${prose(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const body = operation.requestBody
    ? Object.entries(operation.requestBody.content)
        .map(([type, { schema }]) => schemaBlock(`Request body (${type})`, schema))
        .join('')
    : '';
  const responses = Object.entries(operation.responses)
    .map(([status, response]) => {
      const schemas = Object.entries(response.content ?? {})
        .map(([type, { schema }]) => schemaBlock(type, schema))
        .join('');
      const headers = response.headers
        ? ` <small>Headers: ${Object.keys(response.headers).map(esc).join(', ')}</small>`
        : '';
      return `<li><strong>${esc(status)}</strong> ${prose(response.description)}${headers}${schemas}</li>`;
    })
    .join('');
  return `<section class="op" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h"><span class="method method-${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(name)}</code></h3>
${operation.summary ? `<p>${prose(operation.summary)}</p>` : ''}${operation.description ? `<p>${prose(operation.description)}</p>` : ''}
<p class="meta">Security: ${esc(securityText(operation.security))}</p>
${rows ? `<table><caption>Parameters</caption><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${body}
<h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

/**
 * The API reference as one server-rendered page: no script at all and the stylesheet from our own origin,
 * so the app's strict CSP applies unchanged and nothing is loaded from a third party.
 */
export function docsPage(document: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const operation = raw as Operation;
      const tag = operation.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, operation)]);
    }
  }
  const slug = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  const toc = [...byTag.keys()].map((tag) => `<li><a href="#${slug(tag)}">${esc(tag)}</a></li>`).join('');
  const sections = [...byTag.entries()]
    .map(([tag, items]) => `<section id="${slug(tag)}"><h2>${esc(tag)}</h2>${items.join('\n')}</section>`)
    .join('\n');
  const webhooks = Object.entries(document.webhooks ?? {})
    .flatMap(([name, methods]) =>
      Object.entries(methods).map(([method, raw]) => operationHtml(method, name, raw as Operation)),
    )
    .join('\n');
  const schemes = Object.entries(document.components.securitySchemes ?? {})
    .map(([name, scheme]) => {
      const s = scheme as { type: string; in?: string; name?: string; scheme?: string; description?: string };
      const where = s.in ? `${s.in} <code>${esc(s.name ?? '')}</code>` : esc(s.scheme ?? s.type);
      return `<li><strong>${esc(name)}</strong>: ${where}. ${prose(s.description ?? '')}</li>`;
    })
    .join('');
  const shared = Object.entries(document.components.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3><details><summary>Schema</summary><pre>${esc(JSON.stringify(schema, null, 2))}</pre></details></section>`,
    )
    .join('\n');
  const title = `${document.info.title}: API reference`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main>
<h1>${esc(title)}</h1>
<p>${prose(document.info.description)} Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${esc(document.openapi)}).</p>
<h2>Authentication</h2><ul>${schemes}</ul>
<p>Every error: <a href="#schema-ApiError">ApiError</a>.</p>
<nav aria-label="Sections"><ul>${toc}${webhooks ? '<li><a href="#webhooks">Webhooks</a></li>' : ''}<li><a href="#schemas">Schemas</a></li></ul></nav>
${sections}
${webhooks ? `<section id="webhooks"><h2>Webhooks</h2><p>Calls the connector makes to a URL the tenant admin sets, signed as described with each.</p>${webhooks}</section>` : ''}
<section id="schemas"><h2>Schemas</h2>${shared}</section>
</main></body>
</html>
`;
}

export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem}
h2{border-bottom:1px solid #d0d7de;padding-bottom:.25rem;margin-top:2.5rem}
.op{border:1px solid #d0d7de;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}
.op h3{font-size:1rem}
.method{display:inline-block;min-width:4.5rem;font-weight:700}
.method-get{color:#0a5a2a}.method-post{color:#0b4f9c}.method-put,.method-patch{color:#7a4a00}.method-delete{color:#a40e26}
.meta{color:#57606a}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left}
caption{text-align:left;font-weight:600}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;max-height:30rem;font-size:13px}
code{font-size:.95em}
`;
