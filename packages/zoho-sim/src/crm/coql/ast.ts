export type Literal = { kind: 'string' | 'number' | 'word'; text: string };

export type Predicate =
  | { kind: 'compare'; field: string; op: '=' | '!=' | '<' | '>' | '<=' | '>='; value: Literal }
  | { kind: 'like'; field: string; pattern: string; negate: boolean }
  | { kind: 'in'; field: string; values: Literal[]; negate: boolean }
  | { kind: 'null'; field: string; negate: boolean }
  | { kind: 'between'; field: string; low: Literal; high: Literal; negate: boolean }
  | { kind: 'and'; left: Predicate; right: Predicate }
  | { kind: 'or'; left: Predicate; right: Predicate };

export interface OrderBy {
  field: string;
  desc: boolean;
}

export interface SelectQuery {
  fields: string[];
  module: string;
  where: Predicate;
  orderBy: OrderBy[];
  offset: number;
  limit: number;
}
