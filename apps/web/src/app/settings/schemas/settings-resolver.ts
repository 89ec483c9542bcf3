import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { integrationSettingsSchema, type IntegrationSettings } from '@cxc/shared/domain/settings';
import { encodeIssue } from '@/lib/settings/form-issue';
import { issueKey } from '@/lib/settings/issue-key';

/**
 * The form schema is the server's own `integrationSettingsSchema`, so every cross-row check (duplicate
 * field, trigger not on the channel, template variable unknown) lands on the exact row path it names.
 * A hand-written resolver rather than zodResolver: the domain's issue parameters (which field, which
 * row) must survive into the message, and zodResolver keeps only the message text.
 */
export const settingsResolver: Resolver<IntegrationSettings, unknown, IntegrationSettings> = (
  values,
  _context,
  options,
) => {
  const result = integrationSettingsSchema.safeParse(values);
  if (result.success) return { values: result.data, errors: {} };
  const flat: Record<string, FieldError> = {};
  for (const issue of result.error.issues) {
    const name = issue.path.map(String).join('.');
    // The first issue of a path is the one shown; zod reports the most basic problem first.
    if (flat[name]) continue;
    const { key, params } = issueKey(issue);
    flat[name] = { type: issue.code, message: encodeIssue(key, params) };
  }
  return { values: {}, errors: toNestErrors(flat as FieldErrors, options) };
};
