import { ZohoError } from '../http/errors.ts';

export interface Condition {
  kind: 'cond';
  field: string;
  op: string;
  value: string;
}

export interface Group {
  kind: 'group';
  op: 'and' | 'or';
  items: Criteria[];
}

export type Criteria = Condition | Group;

export const MAX_CONDITIONS = 10;

const invalid = (reason: string) => new ZohoError('INVALID_QUERY', { reason }, 'invalid query formed');

/**
 * Parses Zoho's search criteria: `((Last_Name:equals:Burns\,B)and(First_Name:starts_with:M))`.
 * Inside a value `\,` `\(` `\)` and `\\` stand for the character itself; an unescaped `)` ends it.
 * `and` binds tighter than `or`.
 */
export class CriteriaParser {
  private pos = 0;
  private conditions = 0;

  constructor(private readonly text: string) {}

  parse(): Criteria {
    const result = this.expression();
    this.skipSpaces();
    if (this.pos !== this.text.length) throw invalid('unexpected text after criteria');
    if (this.conditions > MAX_CONDITIONS)
      throw new ZohoError('LIMIT_EXCEEDED', { limit: MAX_CONDITIONS }, 'criteria limit exceeded');
    return result;
  }

  private expression(): Criteria {
    const ors: Criteria[] = [this.conjunction()];
    while (this.keyword('or')) ors.push(this.conjunction());
    return ors.length === 1 ? (ors[0] as Criteria) : { kind: 'group', op: 'or', items: ors };
  }

  private conjunction(): Criteria {
    const ands: Criteria[] = [this.term()];
    while (this.keyword('and')) ands.push(this.term());
    return ands.length === 1 ? (ands[0] as Criteria) : { kind: 'group', op: 'and', items: ands };
  }

  private term(): Criteria {
    this.skipSpaces();
    if (this.text[this.pos] !== '(') throw invalid('expected (');
    this.pos++;
    this.skipSpaces();
    const inner = this.text[this.pos] === '(' ? this.expression() : this.condition();
    this.skipSpaces();
    if (this.text[this.pos] !== ')') throw invalid('expected )');
    this.pos++;
    return inner;
  }

  private condition(): Condition {
    const field = this.until(':').trim();
    const op = this.until(':').trim().toLowerCase();
    let value = '';
    while (this.pos < this.text.length && this.text[this.pos] !== ')') {
      const ch = this.text[this.pos] as string;
      if (ch === '\\' && this.pos + 1 < this.text.length) {
        value += this.text[this.pos + 1];
        this.pos += 2;
      } else if (ch === '(') {
        throw invalid('unescaped ( in value');
      } else {
        value += ch;
        this.pos++;
      }
    }
    if (!field || !op) throw invalid('incomplete condition');
    this.conditions++;
    return { kind: 'cond', field, op, value };
  }

  private until(sep: string): string {
    const end = this.text.indexOf(sep, this.pos);
    const close = this.text.indexOf(')', this.pos);
    if (end < 0 || (close >= 0 && close < end)) throw invalid('incomplete condition');
    const out = this.text.slice(this.pos, end);
    this.pos = end + 1;
    return out;
  }

  private keyword(word: string): boolean {
    this.skipSpaces();
    if (this.text.slice(this.pos, this.pos + word.length).toLowerCase() !== word) return false;
    this.pos += word.length;
    return true;
  }

  private skipSpaces(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }
}

export function countConditions(c: Criteria): number {
  return c.kind === 'cond' ? 1 : c.items.reduce((n, i) => n + countConditions(i), 0);
}
