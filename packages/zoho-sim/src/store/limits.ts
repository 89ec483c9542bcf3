/**
 * Token lifetimes and caps. Zoho's pages disagree on several numbers (CRM's token-validity page says 15
 * access tokens per refresh token, https://www.zoho.com/accounts/protocol/oauth/token-limits.html says 10),
 * so each is overridable through `startZohoSim({ limits })`; the defaults follow the Accounts and CRM v7/v8
 * pages.
 */
export interface SimLimits {
  accessTokenTtlSeconds: number;
  /** Redirect-flow grant code lifetime: "a two-minute authorization token" (Accounts web-apps page). */
  webCodeTtlSeconds: number;
  /** Self-client code default lifetime (API console default 3 minutes, selectable up to 10). */
  selfCodeTtlSeconds: number;
  /** Access tokens one refresh token may mint per window; the next answers "Access Denied". */
  refreshMintsPerWindow: number;
  refreshMintWindowSeconds: number;
  /** Live access tokens per refresh token (CRM v7/v8: 15); minting one more deletes the oldest. */
  activeAccessTokensPerRefreshToken: number;
  /** Refresh tokens per user per client (CRM token-validity, Kaizen #43); the 21st deletes the oldest. */
  refreshTokensPerUserPerClient: number;
  /**
   * Grant codes one client may have issued per window ("a maximum of 10 grant tokens in a span of 10
   * minutes per client ID. If the limit is reached, "access_denied" exception will be thrown for the
   * remaining time": CRM v7/v8 token-validity).
   */
  grantCodesPerClientPerWindow: number;
  /** Refresh tokens one user may obtain through one client per window (Kaizen #43: "10 per user per client"). */
  refreshTokensIssuedPerWindow: number;
  /** The sliding window of both issuing limits above. */
  tokenIssueWindowSeconds: number;
}

export const DEFAULT_LIMITS: SimLimits = {
  accessTokenTtlSeconds: 3600,
  webCodeTtlSeconds: 120,
  selfCodeTtlSeconds: 180,
  refreshMintsPerWindow: 10,
  refreshMintWindowSeconds: 600,
  activeAccessTokensPerRefreshToken: 15,
  refreshTokensPerUserPerClient: 20,
  grantCodesPerClientPerWindow: 10,
  refreshTokensIssuedPerWindow: 10,
  tokenIssueWindowSeconds: 600,
};
