import type { Channel } from './channels.ts';
import type { ConversationEvent } from './events.ts';
import { findSourceField } from './source-fields.ts';
import { type ResolveContext, resolveSource } from './source-resolve.ts';
import { checkFilterArgs, FILTERS, type TemplateValue, valueToText } from './template-filters.ts';
import { parseTemplate, type TemplateArg, type TemplatePart } from './template-parse.ts';

export type TemplateIssueCode =
  | 'unterminated_expression'
  | 'empty_expression'
  | 'syntax_error'
  | 'unknown_variable'
  | 'variable_not_on_channel'
  | 'unknown_filter'
  | 'bad_filter_arguments';

/** A problem in a template, with the character range the editor underlines. */
export interface TemplateIssue {
  code: TemplateIssueCode;
  start: number;
  end: number;
  params: Record<string, string>;
}

type ExprPart = Extract<TemplatePart, { kind: 'expr' }>;

function exprIssues(part: ExprPart, channel: Channel | undefined): TemplateIssue[] {
  const at = { start: part.start, end: part.end };
  const paths = [
    part.path,
    ...part.filters.flatMap((f) => f.args.flatMap((a) => (a.kind === 'path' ? [a.path] : []))),
  ];
  const issues: TemplateIssue[] = [];
  for (const path of paths) {
    const def = findSourceField(path);
    if (!def) issues.push({ code: 'unknown_variable', ...at, params: { variable: path } });
    else if (channel && !def.channels.includes(channel)) {
      issues.push({ code: 'variable_not_on_channel', ...at, params: { variable: path, channel } });
    }
  }
  for (const filter of part.filters) {
    const code = checkFilterArgs(filter.name, filter.args);
    if (code) issues.push({ code, ...at, params: { filter: filter.name } });
  }
  return issues;
}

/** Every problem of a template: syntax, unknown variables and filters, variables the channel never has. */
export function validateTemplate(src: string, opts: { channel?: Channel } = {}): TemplateIssue[] {
  const { parts, issues } = parseTemplate(src);
  const syntax: TemplateIssue[] = issues.map((i) => ({ ...i, params: {} }));
  return [...syntax, ...parts.flatMap((p) => (p.kind === 'expr' ? exprIssues(p, opts.channel) : []))];
}

export function templateVariables(src: string): string[] {
  return parseTemplate(src).parts.flatMap((p) => (p.kind === 'expr' ? [p.path] : []));
}

export interface RenderResult {
  text: string;
  /** Unknown variables or filters: their placeholder stays in the text so nobody mistakes it for a blank. */
  issues: TemplateIssue[];
  /** Known variables that had no value in this event. */
  missing: string[];
}

interface Line {
  text: string;
  placeholders: number;
  literal: boolean;
}

export function renderTemplate(
  src: string,
  event: ConversationEvent,
  ctx: ResolveContext = {},
): RenderResult {
  const channel = event.conversation.channel;
  const fctx = { timeZone: ctx.timeZone ?? 'UTC' };
  const lookup = (path: string): TemplateValue => ({
    type: findSourceField(path)?.type ?? 'text',
    value: resolveSource(path, event, ctx),
  });
  const argValue = (a: TemplateArg): TemplateValue =>
    a.kind === 'path' ? lookup(a.path) : { type: a.kind === 'number' ? 'number' : 'text', value: a.value };

  const { parts, issues: syntax } = parseTemplate(src);
  const issues: TemplateIssue[] = syntax.map((i) => ({ ...i, params: {} }));
  const missing: string[] = [];
  const lines: Line[] = [{ text: '', placeholders: 0, literal: false }];
  const append = (s: string, literal: boolean) => {
    s.split('\n').forEach((chunk, i) => {
      if (i > 0) lines.push({ text: '', placeholders: 0, literal: false });
      const line = lines[lines.length - 1] as Line;
      line.text += chunk;
      if (literal && chunk.trim()) line.literal = true;
      if (!literal) line.placeholders++;
    });
  };

  for (const part of parts) {
    if (part.kind === 'text') {
      append(part.text, true);
      continue;
    }
    const problems = exprIssues(part, channel).filter((i) => i.code !== 'variable_not_on_channel');
    if (problems.length) {
      issues.push(...problems);
      append(part.raw, true);
      continue;
    }
    let v = lookup(part.path);
    for (const f of part.filters) v = FILTERS[f.name]?.apply(v, f.args.map(argValue), fctx) ?? v;
    if (v.value === undefined || v.value === '') missing.push(part.path);
    append(valueToText(v, fctx), false);
  }

  // A line made only of placeholders that all came out empty is dropped, so optional sections vanish.
  const kept = lines.filter((l) => l.literal || l.placeholders === 0 || l.text.trim() !== '');
  const text = kept
    .map((l) => l.text)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, issues, missing };
}
