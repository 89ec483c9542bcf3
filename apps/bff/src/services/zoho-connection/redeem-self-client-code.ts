import type { Connection } from '@cxc/shared/api/zoho-connection';
import { AppError } from '../../errors/app-error.ts';
import { loadDataCenters } from '../../zoho/data-centers.ts';
import type { ZohoDeps } from '../../app-deps.ts';
import type { AuditActor } from '../../audit/record-audit.ts';
import { ConnectFailure } from './connect-errors.ts';
import { connectionView } from './connection-view.ts';
import { finishConsent } from './finish-consent.ts';
import { redeemCode } from './redeem-code.ts';
import { checkConnectionConfig, writeConnectionConfig } from './save-connection-config.ts';

export interface SelfClientInput {
  dataCenterId: string;
  clientId: string;
  clientSecret: string;
  code: string;
}

/** Which form field a Zoho error points at, so the console marks it inline. */
const FIELD: Record<string, string> = {
  invalid_client: 'clientId',
  invalid_client_secret: 'clientSecret',
  invalid_code: 'code',
  no_refresh_token: 'code',
  unknown: 'code',
};

function toAppError(failure: ConnectFailure): AppError {
  const { code, message, params } = failure.detail;
  if (code === 'token_rate_limited')
    return new AppError('RATE_LIMITED', message, [{ path: ['code'], message, code, params }]);
  if (code === 'throttled') return new AppError('RATE_LIMITED', message);
  if (code === 'zoho_unreachable') return new AppError('UPSTREAM_UNAVAILABLE', message);
  return new AppError('VALIDATION_FAILED', message, [{ path: [FIELD[code] ?? 'code'], message, code }]);
}

/**
 * Self Client: a grant code generated in Zoho's API console for the admin's own DC, redeemed at once without
 * `redirect_uri` (https://www.zoho.com/accounts/protocol/oauth/self-client/authorization-code-flow.html).
 * The offered client becomes the tenant's custom configuration only once Zoho has redeemed the code with it
 * and the grant reads the org: config and tokens are written in one transaction, so a refused attempt leaves
 * the stored client, secret and tokens as they were.
 */
export async function redeemSelfClientCode(
  deps: ZohoDeps,
  tenantId: string,
  actor: AuditActor,
  input: SelfClientInput,
): Promise<Connection> {
  const config = await checkConnectionConfig(deps, tenantId, {
    kind: 'custom',
    dataCenterId: input.dataCenterId,
    clientId: input.clientId,
    clientSecret: input.clientSecret,
  });
  const dcs = await loadDataCenters(deps.config.zoho.simUrl);
  const dataCenter = dcs.find(input.dataCenterId);
  if (!dataCenter) throw new AppError('VALIDATION_FAILED', 'Choose one of the offered data centers.');
  try {
    const { tokens, orgDc } = await redeemCode(deps, dcs, {
      accountsUrl: dataCenter.accountsUrl,
      simulated: dataCenter.simulated,
      form: {
        grant_type: 'authorization_code',
        client_id: input.clientId,
        client_secret: input.clientSecret,
        code: input.code,
      },
      explain: { dataCenter: dataCenter.id, location: dataCenter.dc },
    });
    await finishConsent(deps, {
      tenantId,
      actor,
      tokens,
      clientId: input.clientId,
      clientSecret: input.clientSecret,
      accountsUrl: dataCenter.accountsUrl,
      location: dataCenter.dc,
      orgDc,
      warnings: [],
      orgAlreadyChosen: true,
      persistConfig: (db) => writeConnectionConfig(db, tenantId, actor, config),
    });
  } catch (error) {
    if (error instanceof ConnectFailure) throw toAppError(error);
    throw error;
  }
  return connectionView(deps, tenantId);
}
