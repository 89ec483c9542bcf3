import type { z } from 'zod';

/** Prefixes of the domain's own message keys (`mapping.duplicate_field`, `rules.value_required` …). */
const DOMAIN_PREFIXES = [
  'mapping.',
  'rules.',
  'channel.',
  'identification.',
  'owners.',
  'records.',
  'template.',
  'preflight.',
  // The BFF's own: `settings.automatic_mode_needs_connection` when automatic mode is saved unconnected.
  'settings.',
];

/** Messages the shared schemas set on refinements and regexes; each has a `validation.<token>` text. */
export const REFINE_TOKENS = [
  'zoho_api_name',
  'zoho_id',
  'rule_id',
  'unknown_source_field',
  'invalid_time_zone',
  'iso_3166_alpha2',
  'dynamic_key',
  'dial_url_placeholder',
  'dial_url_scheme',
  'whole_number',
  'extension_digits',
  'number_pattern',
] as const;

export function isDomainKey(message: string): boolean {
  return DOMAIN_PREFIXES.some((prefix) => message.startsWith(prefix));
}

/**
 * The i18n key and parameters for one zod issue of the settings schema: the domain's key where it set
 * one, a refinement token's text, else a generic text chosen by the issue code.
 */
export function issueKey(issue: z.core.$ZodIssue): { key: string; params: Record<string, unknown> } {
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  if (isDomainKey(issue.message)) return { key: issue.message, params };
  if ((REFINE_TOKENS as readonly string[]).includes(issue.message))
    return { key: `validation.${issue.message}`, params: {} };
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? { key: issue.origin === 'array' ? 'validation.choose_one' : 'validation.required', params: {} }
        : { key: 'validation.too_small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'validation.too_big', params: { maximum: Number(issue.maximum) } };
    case 'invalid_type':
      return {
        key:
          issue.input === undefined || issue.input === '' || Number.isNaN(issue.input)
            ? 'validation.required'
            : 'validation.invalid',
        params: {},
      };
    case 'invalid_format':
      return { key: issue.format === 'email' ? 'validation.email' : 'validation.invalid', params: {} };
    case 'invalid_value':
    case 'invalid_union':
      return { key: 'validation.choose_option', params: {} };
    default:
      return { key: 'validation.invalid', params: {} };
  }
}
