import type { FieldIssue } from '@cxc/shared/api/errors';
import { CHANNELS } from '@cxc/shared/domain/channels';
import type { IntegrationSettings } from '@cxc/shared/domain/settings';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import { getZohoClient } from '../../zoho/get-zoho-client.ts';
import { ZohoNeedsReconnectError, ZohoNotConnectedError } from '../../zoho/zoho-errors.ts';
import { preflightSettings } from './preflight-settings.ts';

/** i18n key of the issue on a channel's mode when automatic mode is saved without a usable connection. */
export const AUTOMATIC_NEEDS_CONNECTION = 'settings.automatic_mode_needs_connection';

/**
 * Automatic mode writes to Zoho without anyone watching, so it is only saved when preflight finds no
 * error for the channels that would run automatically (enabled and automatic). Run on every save that
 * has such channels, not only when one is switched on: the org may have changed since (a field
 * deleted), and the save is when the administrator can still fix it. Issues carry preflight's paths
 * under `settings`, so the editor marks the exact row.
 */
export async function assertAutomaticModeReady(
  deps: AppDeps,
  tenantId: string,
  settings: IntegrationSettings,
): Promise<void> {
  const automatic = CHANNELS.filter(
    (c) => settings.channels[c].enabled && settings.channels[c].mode === 'automatic',
  );
  if (automatic.length === 0) return;
  let client;
  try {
    client = await getZohoClient(deps, tenantId);
  } catch (error) {
    if (!(error instanceof ZohoNotConnectedError || error instanceof ZohoNeedsReconnectError)) throw error;
    throw new AppError(
      'VALIDATION_FAILED',
      `Automatic mode needs a working Zoho CRM connection. ${error.message}`,
      automatic.map((c) => ({
        path: ['settings', 'channels', c, 'mode'],
        message: AUTOMATIC_NEEDS_CONNECTION,
        code: error.zohoCode,
      })),
    );
  }
  const { problems } = await preflightSettings(deps, client, settings, automatic);
  const issues: FieldIssue[] = problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({ path: ['settings', ...p.path], message: p.message.key, code: p.code }));
  if (issues.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Automatic mode cannot be switched on yet: the check against your Zoho org found problems to fix first.',
      issues,
    );
  }
}
