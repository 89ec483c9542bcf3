import { z } from 'zod';
import type { SettingsIssue } from './mapping.ts';
import {
  type IdentityModule,
  identityModuleSchema,
  type PersonModule,
  personModuleSchema,
  zohoApiNameSchema,
} from './modules.ts';
import { sourcePathSchema } from './source-fields.ts';

export const idRuleSchema = z.discriminatedUnion('kind', [
  /** The record this conversation already wrote to (continuity across its events). */
  z.strictObject({ kind: z.literal('stored_link') }),
  z.strictObject({ kind: z.literal('email') }),
  z.strictObject({ kind: z.literal('phone') }),
  z.strictObject({ kind: z.literal('name_company') }),
  z.strictObject({ kind: z.literal('custom_field'), zohoField: zohoApiNameSchema, source: sourcePathSchema }),
]);
export type IdRule = z.infer<typeof idRuleSchema>;

/** Accounts carry no e-mail field to search. */
export const ID_RULE_MODULES: Record<IdRule['kind'], readonly IdentityModule[]> = {
  stored_link: identityModuleSchema.options,
  email: ['Contacts', 'Leads'],
  phone: identityModuleSchema.options,
  name_company: identityModuleSchema.options,
  custom_field: identityModuleSchema.options,
};

/**
 * Several people match one conversation (a company switchboard, a shared family e-mail). `owned_by_agent`
 * takes the match the conversation's agent owns; `shared_account` logs to the Account they all belong to
 * instead of any one person; `ask` holds the event in the review queue until someone picks;
 * `flag_for_review` (the first version's choice) writes nothing. Never all of them.
 */
export const multipleMatchPolicySchema = z.enum([
  'most_recently_modified',
  'oldest',
  'owned_by_agent',
  'shared_account',
  'ask',
  'flag_for_review',
]);
export type MultipleMatchPolicy = z.infer<typeof multipleMatchPolicySchema>;

/** Per person module; a module left out follows `multipleMatches`. Defaulted: older settings keep parsing. */
export const multipleMatchesByModuleSchema = z
  .strictObject({
    Contacts: multipleMatchPolicySchema.optional(),
    Leads: multipleMatchPolicySchema.optional(),
  })
  .default({});

const rulesSchema = z.array(idRuleSchema).max(10);

function ruleKey(rule: IdRule): string {
  return rule.kind === 'custom_field' ? `custom_field:${rule.zohoField}` : rule.kind;
}

export const identificationSchema = z
  .strictObject({
    /** Person modules searched, in order; the first module with a match wins. */
    searchOrder: z.array(personModuleSchema).min(1).max(2),
    rules: z.strictObject({ Contacts: rulesSchema, Leads: rulesSchema, Accounts: rulesSchema }),
    multipleMatches: multipleMatchPolicySchema,
    multipleMatchesByModule: multipleMatchesByModuleSchema,
  })
  .superRefine((idf, ctx) => {
    const issues: SettingsIssue[] = [];
    idf.searchOrder.forEach((m, i) => {
      if (idf.searchOrder.indexOf(m) !== i)
        issues.push({ path: ['searchOrder', i], message: 'identification.duplicate_module' });
    });
    for (const module of identityModuleSchema.options) {
      const seen = new Set<string>();
      idf.rules[module].forEach((rule, i) => {
        if (!ID_RULE_MODULES[rule.kind].includes(module)) {
          issues.push({
            path: ['rules', module, i, 'kind'],
            message: 'identification.kind_not_for_module',
            params: { kind: rule.kind, module },
          });
        }
        if (seen.has(ruleKey(rule)))
          issues.push({ path: ['rules', module, i], message: 'identification.duplicate_rule' });
        seen.add(ruleKey(rule));
      });
    }
    for (const i of issues) ctx.addIssue({ code: 'custom', ...i });
  });
export type Identification = z.infer<typeof identificationSchema>;

export function matchPolicyFor(idf: Identification, module: PersonModule): MultipleMatchPolicy {
  return idf.multipleMatchesByModule[module] ?? idf.multipleMatches;
}
