import * as client from 'openid-client';

export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** Discovers the provider once at start-up; the returned configuration is what createApp needs. */
export async function discoverOidc(settings: OidcClientSettings): Promise<client.Configuration> {
  const issuer = new URL(settings.issuer);
  // Plain http is only ever the local dev IdP; openid-client refuses it unless told explicitly.
  const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
  return client.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret,
    client.ClientSecretBasic(settings.clientSecret),
    {
      execute,
      timeout: 10,
    },
  );
}
