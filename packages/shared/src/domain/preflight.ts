import { type Channel, CHANNELS } from './channels.ts';
import { customFieldGuide } from './custom-field-guide.ts';
import { identityModuleSchema } from './modules.ts';
import type { FieldsByModule } from './fields-by-module.ts';
import { layoutProblems } from './preflight-layout.ts';
import { channelMappingProblems } from './preflight-mapping.ts';
import { problem, type PreflightProblem } from './preflight-problem.ts';
import type { IntegrationSettings } from './settings.ts';
import { findActiveUserByEmail, isActiveUser, type ZohoUser } from './zoho-users.ts';
import { findField } from './zoho-fields.ts';
import type { LayoutRequiredByModule } from './zoho-layouts.ts';

export interface PreflightInput {
  settings: IntegrationSettings;
  /** `/settings/fields` per module; a module left out means its metadata failed to load. */
  fieldsByModule: FieldsByModule;
  users: readonly ZohoUser[];
  /** Agents of the tenant on the platform, to list those no Zoho user matches. */
  agentEmails?: readonly string[];
  /** The default layout's required fields per module (`/settings/layouts`); left out = not checked. */
  layoutRequired?: LayoutRequiredByModule;
  /** Channels to check; defaults to every enabled channel. */
  channels?: readonly Channel[];
}

export interface PreflightResult {
  problems: PreflightProblem[];
  /** No errors: automatic mode may be switched on for the checked channels. */
  ready: boolean;
}

function identificationProblems(
  settings: IntegrationSettings,
  fieldsByModule: FieldsByModule,
): PreflightProblem[] {
  return identityModuleSchema.options.flatMap((module) =>
    settings.identification.rules[module].flatMap((rule, i) => {
      const fields = fieldsByModule[module];
      if (rule.kind !== 'custom_field' || !fields || findField(fields, rule.zohoField)) return [];
      const guide = customFieldGuide(module, rule.zohoField, { kind: 'field', path: rule.source });
      return [
        problem('error', 'custom_field_missing', ['identification', 'rules', module, i, 'zohoField'], {
          module,
          field: rule.zohoField,
          createField: guide,
        }),
      ];
    }),
  );
}

function ownerProblems(input: PreflightInput): PreflightProblem[] {
  const { owners } = input.settings;
  const active = (id: string | undefined) =>
    id !== undefined && input.users.some((u) => u.id === id && isActiveUser(u));
  const out: PreflightProblem[] = [];
  for (const key of ['defaultOwnerId', 'missedCallOwnerId'] as const) {
    const id = owners[key];
    if (id !== undefined && !active(id))
      out.push(problem('error', 'owner_not_active', ['owners', key], { params: { userId: id } }));
  }
  owners.userLinks.forEach((link, i) => {
    if (!active(link.zohoUserId)) {
      out.push(
        problem('error', 'owner_not_active', ['owners', 'userLinks', i, 'zohoUserId'], {
          params: { userId: link.zohoUserId, agentEmail: link.agentEmail },
        }),
      );
    }
  });
  const fallbackOk = owners.fallback === 'connected_user' || active(owners.defaultOwnerId);
  for (const email of input.agentEmails ?? []) {
    const linked = owners.userLinks.some(
      (l) => l.agentEmail.toLowerCase() === email.toLowerCase() && active(l.zohoUserId),
    );
    if (linked || findActiveUserByEmail(input.users, email)) continue;
    out.push(
      fallbackOk
        ? problem('warning', 'agent_unmatched', ['owners', 'userLinks'], {
            params: { agentEmail: email, fallback: owners.fallback },
          })
        : problem('error', 'agent_without_owner', ['owners', 'userLinks'], { params: { agentEmail: email } }),
    );
  }
  return out;
}

/** Every problem that would make automatic mode fail in production, found before it is switched on. */
export function preflight(input: PreflightInput): PreflightResult {
  const { settings, fieldsByModule } = input;
  const channels = input.channels ?? CHANNELS.filter((c) => settings.channels[c].enabled);
  const problems = [
    ...channels.flatMap((c) => channelMappingProblems(settings, c, fieldsByModule)),
    ...layoutProblems(settings, channels, input.layoutRequired ?? {}),
    ...identificationProblems(settings, fieldsByModule),
    ...ownerProblems(input),
  ];
  return { problems, ready: !problems.some((p) => p.severity === 'error') };
}
