export type TemplateArg =
  { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'path'; path: string };

export interface TemplateFilter {
  name: string;
  args: TemplateArg[];
}

export type TemplatePart =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'expr'; path: string; filters: TemplateFilter[]; raw: string; start: number; end: number };

export interface SyntaxIssue {
  code: 'unterminated_expression' | 'empty_expression' | 'syntax_error';
  start: number;
  end: number;
}

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)*/;
const NAME = /^[a-z_][a-z0-9_]*/;
const NUMBER = /^-?\d+(?:\.\d+)?/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\' };

/** Index of the `}}` closing an expression, skipping quoted strings (a `"}}"` argument is text). */
function findClose(src: string, from: number): number {
  let quoted = false;
  for (let i = from; i < src.length; i++) {
    const ch = src[i];
    if (quoted && ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '}' && src[i + 1] === '}') return i;
  }
  return -1;
}

class Cursor {
  constructor(
    readonly s: string,
    public i = 0,
  ) {}
  ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] ?? '')) this.i++;
  }
  eat(ch: string): boolean {
    this.ws();
    if (this.s[this.i] !== ch) return false;
    this.i++;
    return true;
  }
  match(re: RegExp): string | undefined {
    this.ws();
    const m = re.exec(this.s.slice(this.i));
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }
  string(): string | undefined {
    this.ws();
    if (this.s[this.i] !== '"') return undefined;
    let out = '';
    for (let j = this.i + 1; j < this.s.length; j++) {
      const ch = this.s[j] ?? '';
      if (ch === '"') {
        this.i = j + 1;
        return out;
      }
      if (ch === '\\') out += ESCAPES[this.s[++j] ?? ''] ?? `\\${this.s[j] ?? ''}`;
      else out += ch;
    }
    return undefined;
  }
  done(): boolean {
    this.ws();
    return this.i >= this.s.length;
  }
}

function parseArg(c: Cursor): TemplateArg | undefined {
  const str = c.string();
  if (str !== undefined) return { kind: 'string', value: str };
  const num = c.match(NUMBER);
  if (num !== undefined) return { kind: 'number', value: Number(num) };
  const path = c.match(PATH);
  return path === undefined ? undefined : { kind: 'path', path };
}

function parseExpression(body: string): { path: string; filters: TemplateFilter[] } | undefined {
  const c = new Cursor(body);
  const path = c.match(PATH);
  if (path === undefined) return undefined;
  const filters: TemplateFilter[] = [];
  while (c.eat('|')) {
    const name = c.match(NAME);
    if (name === undefined) return undefined;
    const args: TemplateArg[] = [];
    if (c.eat(':')) {
      do {
        const arg = parseArg(c);
        if (!arg) return undefined;
        args.push(arg);
      } while (c.eat(','));
    }
    filters.push({ name, args });
  }
  return c.done() ? { path, filters } : undefined;
}

/** Splits `Hi {{visitor.name | default:"there"}}` into parts; `\{{` is a literal `{{`. */
export function parseTemplate(src: string): { parts: TemplatePart[]; issues: SyntaxIssue[] } {
  const parts: TemplatePart[] = [];
  const issues: SyntaxIssue[] = [];
  let text = '';
  let textStart = 0;
  const flush = (end: number) => {
    if (text) parts.push({ kind: 'text', text, start: textStart, end });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('\\{{', i)) {
      text += '{{';
      i += 3;
      continue;
    }
    if (!src.startsWith('{{', i)) {
      text += src[i];
      i++;
      continue;
    }
    const close = findClose(src, i + 2);
    if (close < 0) {
      issues.push({ code: 'unterminated_expression', start: i, end: src.length });
      text += src.slice(i);
      break;
    }
    flush(i);
    const body = src.slice(i + 2, close);
    const parsed = parseExpression(body);
    const raw = src.slice(i, close + 2);
    if (!body.trim()) issues.push({ code: 'empty_expression', start: i, end: close + 2 });
    else if (!parsed) issues.push({ code: 'syntax_error', start: i, end: close + 2 });
    if (parsed) parts.push({ kind: 'expr', ...parsed, raw, start: i, end: close + 2 });
    else parts.push({ kind: 'text', text: raw, start: i, end: close + 2 });
    i = close + 2;
    textStart = i;
  }
  flush(src.length);
  return { parts, issues };
}
