import type { CustomFieldGuide } from './custom-field-guide.ts';
import type { ZohoModule } from './modules.ts';

export type SettingsPath = (string | number)[];

/** One thing to fix before automatic mode; `path` points into the settings document the editor shows. */
export interface PreflightProblem {
  /** `info`: a check that could not run (e.g. layouts unreadable); never blocks automatic mode. */
  severity: 'error' | 'warning' | 'info';
  code: string;
  path: SettingsPath;
  module?: ZohoModule;
  field?: string;
  /** i18n key (`preflight.<code>`) and its parameters. */
  message: { key: string; params: Record<string, string | number> };
  /** Set for `custom_field_missing`: Zoho's API cannot create fields, the admin does it by hand. */
  createField?: CustomFieldGuide;
}

export function problem(
  severity: PreflightProblem['severity'],
  code: string,
  path: SettingsPath,
  extra: {
    module?: ZohoModule;
    field?: string;
    params?: Record<string, string | number>;
    createField?: CustomFieldGuide;
  } = {},
): PreflightProblem {
  const { params = {}, ...rest } = extra;
  const context = {
    ...(rest.module ? { module: rest.module } : {}),
    ...(rest.field ? { field: rest.field } : {}),
  };
  return {
    severity,
    code,
    path,
    ...rest,
    message: { key: `preflight.${code}`, params: { ...context, ...params } },
  };
}
