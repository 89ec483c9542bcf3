import { ZohoError } from '../http/errors.ts';

export type TokenKind = 'ident' | 'number' | 'string' | 'op' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based column of the token's first character. */
  column: number;
}

export function syntaxError(near: string, column: number, clause?: string): ZohoError {
  return new ZohoError('SYNTAX_ERROR', { ...(clause ? { clause } : {}), near, line: 1, column });
}

const OPS = ['!=', '<>', '<=', '>=', '=', '<', '>'];

/** Tokens of a COQL query; strings use single or double quotes, a doubled quote escapes itself. */
export function lex(query: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const column = i + 1;
    if (ch === "'" || ch === '"') {
      let text = '';
      i++;
      for (;;) {
        if (i >= query.length) throw syntaxError(query.slice(column - 1, column + 9), column);
        if (query[i] === ch && query[i + 1] === ch) {
          text += ch;
          i += 2;
        } else if (query[i] === ch) {
          i++;
          break;
        } else {
          text += query[i];
          i++;
        }
      }
      out.push({ kind: 'string', text, column });
      continue;
    }
    const op = OPS.find((o) => query.startsWith(o, i));
    if (op) {
      out.push({ kind: 'op', text: op === '<>' ? '!=' : op, column });
      i += op.length;
      continue;
    }
    if ('(),*'.includes(ch)) {
      out.push({ kind: 'punct', text: ch, column });
      i++;
      continue;
    }
    const m = /^(\d{4}-\d{2}-\d{2}[\w:+.-]*|-?\d+(\.\d+)?(?![\w$])|[A-Za-z_$][\w$.]*)/.exec(query.slice(i));
    if (!m) throw syntaxError(ch, column);
    const text = m[0];
    out.push({ kind: /^-?\d+(\.\d+)?$/.test(text) ? 'number' : 'ident', text, column });
    i += text.length;
  }
  out.push({ kind: 'eof', text: '', column: query.length + 1 });
  return out;
}
