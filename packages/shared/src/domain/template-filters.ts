import type { SourceType } from './source-fields.ts';
import type { TemplateArg } from './template-parse.ts';
import { formatDateTime, formatMmSs } from './text-format.ts';

/** A value moving through a filter chain; `type` decides how it is shown (datetimes in the tenant zone). */
export interface TemplateValue {
  type: SourceType;
  value: string | number | undefined;
}

export interface FilterContext {
  timeZone: string;
}

type ArgKind = TemplateArg['kind'];
interface FilterDef {
  /** Accepted kinds per argument position; the arity is this array's length. */
  args: readonly (readonly ArgKind[])[];
  apply: (v: TemplateValue, args: TemplateValue[], ctx: FilterContext) => TemplateValue;
}

export function valueToText(v: TemplateValue, ctx: FilterContext): string {
  if (v.value === undefined) return '';
  if (v.type === 'datetime' && typeof v.value === 'string') return formatDateTime(v.value, ctx.timeZone);
  return String(v.value);
}

const empty = (v: TemplateValue) => v.value === undefined || v.value === '';
const text = (value: string): TemplateValue => ({
  type: value.includes('\n') ? 'multiline' : 'text',
  value: value === '' ? undefined : value,
});
const onText = (fn: (s: string) => string): FilterDef => ({
  args: [],
  apply: (v, _a, ctx) => (empty(v) ? v : text(fn(valueToText(v, ctx)))),
});
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const ANY: readonly ArgKind[] = ['string', 'number', 'path'];

export const FILTERS: Record<string, FilterDef> = {
  default: { args: [ANY], apply: (v, [fallback]) => (empty(v) && fallback ? fallback : v) },
  upper: onText((s) => s.toUpperCase()),
  lower: onText((s) => s.toLowerCase()),
  capitalize: onText((s) => s.charAt(0).toUpperCase() + s.slice(1)),
  trim: onText((s) => s.trim()),
  oneline: onText((s) => s.replace(/\s*\n\s*/g, ' ')),
  /** Everything but the last word: the usual First_Name of a one-field visitor name. */
  first_name: onText((s) => words(s).slice(0, -1).join(' ')),
  last_name: onText((s) => words(s).at(-1) ?? ''),
  truncate: {
    args: [['number']],
    apply: (v, [n], ctx) => {
      const max = Math.max(0, Math.floor(Number(n?.value ?? 0)));
      const s = valueToText(v, ctx);
      return empty(v) || s.length <= max ? v : text(max > 1 ? `${s.slice(0, max - 1)}…` : s.slice(0, max));
    },
  },
  prefix: {
    args: [['string']],
    apply: (v, [p], ctx) => (empty(v) ? v : text(`${String(p?.value ?? '')}${valueToText(v, ctx)}`)),
  },
  suffix: {
    args: [['string']],
    apply: (v, [p], ctx) => (empty(v) ? v : text(`${valueToText(v, ctx)}${String(p?.value ?? '')}`)),
  },
  date: {
    args: [],
    apply: (v, _a, ctx) =>
      v.type === 'datetime' && typeof v.value === 'string'
        ? text(formatDateTime(v.value, ctx.timeZone).slice(0, 10))
        : v,
  },
  mmss: {
    args: [],
    apply: (v) => (typeof v.value === 'number' ? text(formatMmSs(v.value)) : v),
  },
};

export function checkFilterArgs(
  name: string,
  args: readonly TemplateArg[],
): 'unknown_filter' | 'bad_filter_arguments' | null {
  const def = FILTERS[name];
  if (!def) return 'unknown_filter';
  if (args.length !== def.args.length) return 'bad_filter_arguments';
  return args.every((a, i) => def.args[i]?.includes(a.kind)) ? null : 'bad_filter_arguments';
}
