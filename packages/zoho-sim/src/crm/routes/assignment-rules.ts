import { type AssignmentRule } from '../automation/automation-config.ts';
import { type CrmRequestContext, handle } from '../http/context.ts';
import { ZohoError } from '../http/errors.ts';
import { queryString, routeParam } from '../http/params.ts';
import { requireScopes } from '../http/scopes.ts';
import { formatZoned } from '../render/format-time.ts';
import { fullName } from '../render/user-ref.ts';
import type { CrmServices } from '../services.ts';
import { SEQ } from '../store/ids.ts';

function render(ctx: CrmRequestContext, rule: AssignmentRule): Record<string, unknown> {
  const who = (id: string) => {
    const u = ctx.users.get(id);
    return { name: u ? fullName(u) : null, id };
  };
  const module = ctx.org.module(rule.module);
  const admin = rule.default_assignee;
  const at = formatZoned(ctx.org.metaModifiedAt, ctx.org.org.timeZone);
  return {
    created_time: at,
    modified_time: at,
    default_assignee: who(rule.default_assignee),
    module: { api_name: rule.module, id: ctx.org.id(SEQ.module + (module?.seq ?? 0)) },
    name: rule.name,
    modified_by: who(admin),
    description: rule.description ?? null,
    id: rule.id,
    created_by: who(admin),
  };
}

/**
 * `GET /crm/v2.1/settings/automation/assignment_rules[/{id}]?module=`: the org's assignment rules, whose
 * ids a Leads insert names in `lar_id`. Zoho serves this from v2.1 on (v2 has no such endpoint).
 */
export const getAssignmentRules = (s: CrmServices) =>
  handle((req, res, ctx) => {
    requireScopes(ctx.auth.scopes, 'ZohoCRM.settings.assignment_rules.READ');
    const id = routeParam(req, 'id');
    const module = queryString(req, 'module');
    if (id !== undefined && !module) throw new ZohoError('REQUIRED_PARAM_MISSING', { param_name: 'module' });
    ctx.charge(1);
    const rules = s.automation
      .config(ctx.auth.org.id)
      .assignment_rules.filter(
        (r) =>
          (!module || r.module.toLowerCase() === module.toLowerCase()) && (id === undefined || r.id === id),
      );
    if (rules.length === 0) {
      res.status(204).end();
      return;
    }
    res.json({ assignment_rules: rules.map((r) => render(ctx, r)) });
  });
