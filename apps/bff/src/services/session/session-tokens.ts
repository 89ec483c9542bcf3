/** What the IdP gave us at sign-in; kept sealed in the session row, never sent to the browser. */
export interface SessionTokens {
  idToken: string | undefined;
  accessToken: string;
  refreshToken: string | undefined;
  /** Epoch milliseconds, when the IdP said. */
  accessTokenExpiresAt: number | undefined;
}
