import type { PreflightProblem } from '../domain/preflight-problem.ts';

/**
 * The preflight's report of a mapped text field missing from the org's Leads (a Ringostat UTM field, say),
 * written out in full: the shared rules, the BFF route and the console's panel are tested against the
 * same contract, so a change to it shows in all three.
 */
export function customFieldMissingOnLeads(
  channel: string,
  row: number,
  field = 'rs_utm_source',
): PreflightProblem {
  return {
    severity: 'error',
    code: 'custom_field_missing',
    path: ['channels', channel, 'mapping', 'Leads', row, 'zohoField'],
    module: 'Leads',
    field,
    message: { key: 'preflight.custom_field_missing', params: { module: 'Leads', field } },
    createField: {
      module: 'Leads',
      apiName: field,
      fieldLabel: field,
      uiType: 'Single Line',
      dataType: 'text',
      length: 255,
      zohoPath: ['Setup', 'Customization', 'Modules and Fields', 'Leads'],
    },
  };
}

/** The warning for an agent whose email matches no active Zoho user: their records go to `fallback`. */
export function agentUnmatched(agentEmail: string, fallback = 'connected_user'): PreflightProblem {
  return {
    severity: 'warning',
    code: 'agent_unmatched',
    path: ['owners', 'userLinks'],
    message: { key: 'preflight.agent_unmatched', params: { agentEmail, fallback } },
  };
}

/** The warning for Leads' Company, required by the simulator's "Standard" layout, left unmapped. */
export function companyRequiredByLeadsLayout(channel: string): PreflightProblem {
  return {
    severity: 'warning',
    code: 'layout_required_unmapped',
    path: ['channels', channel, 'mapping', 'Leads'],
    module: 'Leads',
    field: 'Company',
    message: {
      key: 'preflight.layout_required_unmapped',
      params: { module: 'Leads', field: 'Company', label: 'Company', layout: 'Standard' },
    },
  };
}
