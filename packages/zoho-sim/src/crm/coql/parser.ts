import { ZohoError } from '../http/errors.ts';
import type { Literal, OrderBy, Predicate, SelectQuery } from './ast.ts';
import { lex, syntaxError, type Token } from './lexer.ts';

export const DEFAULT_LIMIT = 200;

/**
 * A recursive-descent parser for the COQL subset the simulator supports:
 * `SELECT f, … FROM Module WHERE … [ORDER BY f [ASC|DESC], …] [LIMIT [offset,] n] [OFFSET n]`.
 * As in Zoho's v2 COQL, WHERE is mandatory and more than two criteria must be grouped in pairs:
 * `((A and B) and C)`.
 */
export class CoqlParser {
  private readonly tokens: Token[];
  private i = 0;
  private clause = 'select';

  constructor(query: string) {
    this.tokens = lex(query);
  }

  parse(): SelectQuery {
    this.expectWord('select');
    const fields = this.list(() => this.ident());
    this.clause = 'from';
    this.expectWord('from');
    const module = this.ident();
    this.clause = 'where';
    this.expectWord('where');
    const where = this.expression();
    const orderBy = this.orderBy();
    const { offset, limit } = this.limit();
    if (this.peek().kind !== 'eof') throw this.error();
    return { fields, module, where, orderBy, offset, limit };
  }

  private expression(): Predicate {
    const left = this.term();
    const op = this.word('and') ? 'and' : this.word('or') ? 'or' : undefined;
    if (!op) return left;
    const right = this.term();
    // A third criterion without grouping is what Zoho rejects.
    if (this.isWord('and') || this.isWord('or')) throw this.error();
    return op === 'and' ? { kind: 'and', left, right } : { kind: 'or', left, right };
  }

  private term(): Predicate {
    if (this.punct('(')) {
      const inner = this.expression();
      if (!this.punct(')')) throw this.error();
      return inner;
    }
    return this.predicate();
  }

  private predicate(): Predicate {
    const field = this.ident();
    if (this.word('is')) {
      const negate = this.word('not');
      if (!this.word('null')) throw this.error();
      return { kind: 'null', field, negate };
    }
    const negate = this.word('not');
    if (this.word('like')) {
      const t = this.next();
      if (t.kind !== 'string') throw this.error(t);
      return { kind: 'like', field, pattern: t.text, negate };
    }
    if (this.word('in')) {
      if (!this.punct('(')) throw this.error();
      const values = this.list(() => this.literal());
      if (!this.punct(')')) throw this.error();
      if (values.length > 50)
        throw new ZohoError('LIMIT_EXCEEDED', { limit: 50, clause: 'in' }, 'in values limit exceeded');
      return { kind: 'in', field, values, negate };
    }
    if (this.word('between')) {
      const low = this.literal();
      if (!this.word('and')) throw this.error();
      return { kind: 'between', field, low, high: this.literal(), negate };
    }
    if (negate) throw this.error();
    const t = this.next();
    if (t.kind !== 'op') throw this.error(t);
    return { kind: 'compare', field, op: t.text as '=', value: this.literal() };
  }

  private orderBy(): OrderBy[] {
    if (!this.isWord('order')) return [];
    this.clause = 'order by';
    this.next();
    this.expectWord('by');
    return this.list(() => {
      const field = this.ident();
      const desc = this.word('desc');
      if (!desc) this.word('asc');
      return { field, desc };
    });
  }

  private limit(): { offset: number; limit: number } {
    let offset = 0;
    let limit = DEFAULT_LIMIT;
    if (this.word('limit')) {
      this.clause = 'limit';
      limit = this.integer();
      if (this.punct(',')) {
        offset = limit;
        limit = this.integer();
      }
    }
    if (this.word('offset')) offset = this.integer();
    return { offset, limit };
  }

  private literal(): Literal {
    const t = this.next();
    if (t.kind === 'string' || t.kind === 'number') return { kind: t.kind, text: t.text };
    if (t.kind === 'ident') return { kind: 'word', text: t.text };
    throw this.error(t);
  }

  private integer(): number {
    const t = this.next();
    if (t.kind !== 'number' || !/^\d+$/.test(t.text)) throw this.error(t);
    return Number(t.text);
  }

  private ident(): string {
    const t = this.next();
    if (t.kind !== 'ident' && t.kind !== 'string') throw this.error(t);
    return t.text;
  }

  private list<T>(item: () => T): T[] {
    const out = [item()];
    while (this.punct(',')) out.push(item());
    return out;
  }

  private peek(): Token {
    return this.tokens[this.i] ?? { kind: 'eof', text: '', column: 0 };
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  private isWord(w: string): boolean {
    const t = this.peek();
    return t.kind === 'ident' && t.text.toLowerCase() === w;
  }

  private word(w: string): boolean {
    if (!this.isWord(w)) return false;
    this.i++;
    return true;
  }

  private expectWord(w: string): void {
    if (!this.word(w)) throw this.error();
  }

  private punct(p: string): boolean {
    const t = this.peek();
    if (t.kind !== 'punct' || t.text !== p) return false;
    this.i++;
    return true;
  }

  private error(t: Token = this.peek()): ZohoError {
    return syntaxError(t.text || '<end of query>', t.column, this.clause);
  }
}
