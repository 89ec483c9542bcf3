import type { Namespace, TFunction } from 'i18next';

export type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * The domain names its messages with keys chosen at run time (`preflight.<code>`, `source.<path>`),
 * which the typed `t` cannot check statically. Callers test `i18n.exists` first or pass a fallback.
 */
export function loose<N extends Namespace>(t: TFunction<N>): LooseT {
  return t as unknown as LooseT;
}
