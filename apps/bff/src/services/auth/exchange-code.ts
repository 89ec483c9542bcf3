import * as client from 'openid-client';
import type { Logger } from 'pino';
import { describeOidcRefusal } from '../../auth/describe-oidc-refusal.ts';
import type { LoginTransaction } from '../../auth/login-transaction.ts';
import { AppError } from '../../errors/app-error.ts';
import type { SessionTokens } from '../session/session-tokens.ts';

export interface ExchangedCode {
  /** ID-token claims merged with userinfo (userinfo wins: the IdP may only release custom claims there). */
  claims: Record<string, unknown>;
  tokens: SessionTokens;
}

const AGAIN = 'Please sign in again.';

/** Names, codes, messages and the failed claim only: openid-client error causes carry claims and responses. */
function refusal(error: unknown, log: Logger): AppError {
  log.warn(describeOidcRefusal(error), 'sign-in callback refused');
  if (error instanceof client.AuthorizationResponseError) {
    return new AppError(
      'UNAUTHENTICATED',
      `The identity provider did not complete the sign-in (${error.error}). ${AGAIN}`,
    );
  }
  if (error instanceof client.ResponseBodyError || error instanceof client.ClientError) {
    return new AppError('UNAUTHENTICATED', `The sign-in response could not be verified. ${AGAIN}`);
  }
  return new AppError(
    'UPSTREAM_UNAVAILABLE',
    'The identity provider could not be reached. Try again in a moment.',
  );
}

/** Authorization code + PKCE exchange with state and nonce checks, then userinfo for the remaining claims. */
export async function exchangeCode(
  oidc: client.Configuration,
  currentUrl: URL,
  transaction: LoginTransaction,
  log: Logger,
): Promise<ExchangedCode> {
  try {
    const response = await client.authorizationCodeGrant(oidc, currentUrl, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const idClaims = response.claims();
    // idTokenExpected makes openid-client throw when the ID token is missing; this only narrows the type.
    if (!idClaims) throw new Error('no ID token in the token response');
    const userinfo = oidc.serverMetadata().userinfo_endpoint
      ? await client.fetchUserInfo(oidc, response.access_token, idClaims.sub)
      : {};
    return {
      claims: { ...idClaims, ...userinfo, sub: idClaims.sub },
      tokens: {
        idToken: response.id_token,
        accessToken: response.access_token,
        refreshToken: response.refresh_token,
        accessTokenExpiresAt:
          response.expires_in === undefined ? undefined : Date.now() + response.expires_in * 1000,
      },
    };
  } catch (error) {
    throw refusal(error, log);
  }
}
