import type { Channel } from './channels.ts';
import { isManagedField } from './managed-fields.ts';
import { modulesOfChannel } from './preflight-mapping.ts';
import { problem, type PreflightProblem } from './preflight-problem.ts';
import type { IntegrationSettings } from './settings.ts';
import type { LayoutRequiredByModule } from './zoho-layouts.ts';
import type { ZohoModule } from './modules.ts';

const UNKNOWN_CODE = {
  scope: 'layout_required_unknown_scope',
  permission: 'layout_required_unknown_permission',
  unavailable: 'layout_required_unknown',
} as const;

/**
 * Fields the default layout requires that a channel creating records in the module leaves unmapped.
 * Only warnings: Zoho enforces layout-required fields when a write names `Layout.id`, which the
 * connector never sends, so the records are created, just incomplete. A module whose layouts could not
 * be read gets one note (never an error: the check degrades, it does not block).
 */
export function layoutProblems(
  settings: IntegrationSettings,
  channels: readonly Channel[],
  layoutRequired: LayoutRequiredByModule,
): PreflightProblem[] {
  const out: PreflightProblem[] = [];
  const unknown = new Set<ZohoModule>();
  for (const channel of channels) {
    const c = settings.channels[channel];
    for (const module of new Set(modulesOfChannel(settings, c).created)) {
      const info = layoutRequired[module];
      if (!info) continue;
      if (info.status === 'unknown') {
        if (!unknown.has(module)) out.push(problem('info', UNKNOWN_CODE[info.reason], [], { module }));
        unknown.add(module);
        continue;
      }
      const rows = c.mapping[module] ?? [];
      for (const field of info.fields) {
        if (isManagedField(module, field.apiName) || rows.some((r) => r.zohoField === field.apiName))
          continue;
        out.push(
          problem('warning', 'layout_required_unmapped', ['channels', channel, 'mapping', module], {
            module,
            field: field.apiName,
            params: { label: field.label, layout: info.layout },
          }),
        );
      }
    }
  }
  return out;
}
