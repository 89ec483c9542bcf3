import type { Channel } from './channels.ts';
import type { ChannelSettings } from './channel-settings.ts';
import { customFieldGuide } from './custom-field-guide.ts';
import type { MappingRow } from './mapping.ts';
import { type FieldsByModule, fieldsOf } from './fields-by-module.ts';
import type { TargetModule } from './modules.ts';
import { problem, type PreflightProblem } from './preflight-problem.ts';
import type { IntegrationSettings } from './settings.ts';
import { checkMapping, mandatoryGaps } from './type-checks.ts';
import { STANDARD_FIELDS } from './zoho-standard-fields.ts';
import { findField, type ZohoField } from './zoho-fields.ts';

/** The modules a channel creates records in, and those it may update (a match in another searched module). */
export function modulesOfChannel(
  settings: IntegrationSettings,
  c: ChannelSettings,
): { created: TargetModule[]; updated: TargetModule[] } {
  const created: TargetModule[] = [
    c.visitorAs,
    ...c.conversationAs,
    ...(c.createDeal.enabled ? (['Deals'] as const) : []),
  ];
  const updated = settings.identification.searchOrder.filter(
    (m) => m !== c.visitorAs && (c.mapping[m]?.length ?? 0) > 0,
  );
  return { created, updated };
}

function rowProblems(
  at: (string | number)[],
  module: TargetModule,
  row: MappingRow,
  fields: readonly ZohoField[],
): PreflightProblem[] {
  const ctx = { module, field: row.zohoField };
  const field = findField(fields, row.zohoField);
  if (!field) {
    return STANDARD_FIELDS[module].includes(row.zohoField)
      ? [problem('error', 'field_missing', [...at, 'zohoField'], ctx)]
      : [
          problem('error', 'custom_field_missing', [...at, 'zohoField'], {
            ...ctx,
            createField: customFieldGuide(module, row.zohoField, row.source),
          }),
        ];
  }
  return checkMapping(row, field).map((c) => {
    const tail = c.code.startsWith('fallback_')
      ? ['fallback']
      : row.source.kind === 'constant'
        ? ['source', 'value']
        : ['source'];
    return problem(c.level, c.code, [...at, ...tail], { ...ctx, params: c.params });
  });
}

function dealProblems(
  at: (string | number)[],
  c: ChannelSettings,
  fields: readonly ZohoField[],
): PreflightProblem[] {
  const out: PreflightProblem[] = [];
  const check = (name: 'Stage' | 'Pipeline', value: string | undefined, key: 'stage' | 'pipeline') => {
    const field = findField(fields, name);
    if (!field) return;
    if (value === undefined) {
      if (field.system_mandatory)
        out.push(problem('error', 'deal_value_required', [...at, key], { module: 'Deals', field: name }));
      return;
    }
    const allowed = field.pick_list_values.map((p) => p.actual_value);
    if (allowed.length && !allowed.includes(value)) {
      out.push(
        problem('error', 'picklist_value_unknown', [...at, key], {
          module: 'Deals',
          field: name,
          params: { value, allowed: allowed.join(', ') },
        }),
      );
    }
  };
  check('Stage', c.createDeal.stage, 'stage');
  check('Pipeline', c.createDeal.pipeline, 'pipeline');
  return out;
}

/** Mapping problems of one enabled channel against the org's field metadata. */
export function channelMappingProblems(
  settings: IntegrationSettings,
  channel: Channel,
  fieldsByModule: FieldsByModule,
): PreflightProblem[] {
  const c = settings.channels[channel];
  const base = ['channels', channel];
  const out: PreflightProblem[] = [];
  const { created, updated } = modulesOfChannel(settings, c);
  for (const module of [...created, ...updated]) {
    const at = [...base, 'mapping', module];
    const fields = fieldsOf(fieldsByModule, module);
    if (!fields) {
      out.push(problem('error', 'metadata_unavailable', at, { module }));
      continue;
    }
    const rows = c.mapping[module] ?? [];
    rows.forEach((row, i) => out.push(...rowProblems([...at, i], module, row, fields)));
    if (created.includes(module)) {
      for (const gap of mandatoryGaps(module, rows, fields))
        out.push(problem(gap.level, gap.code, at, { module, field: gap.field }));
    }
    if (module === 'Deals') out.push(...dealProblems([...base, 'createDeal'], c, fields));
  }
  if (c.visitorAs === 'Leads') {
    // Zoho links Deals and Cases to Contacts/Accounts, not to Leads: such records would stand alone.
    if (c.createDeal.enabled)
      out.push(
        problem('warning', 'deal_not_linked_to_lead', [...base, 'createDeal', 'enabled'], {
          module: 'Deals',
        }),
      );
    const cases = c.conversationAs.indexOf('Cases');
    if (cases >= 0)
      out.push(
        problem('warning', 'case_not_linked_to_lead', [...base, 'conversationAs', cases], {
          module: 'Cases',
        }),
      );
  }
  if (c.mode === 'automatic' && !c.rules.some((r) => r.enabled))
    out.push(problem('warning', 'no_rules', [...base, 'rules']));
  return out;
}
