import type { Configuration, JWK } from 'oidc-provider';
import type { ClaimNames } from '../auth/map-claims.ts';
import { DEV_USERS } from './dev-users.ts';
import { logoutPage, messagePage } from './idp-pages.ts';
import { memoryAdapter } from './memory-adapter.ts';

export interface IdpClient {
  clientId: string;
  clientSecret: string;
  /** The BFF's public origin: redirect and post-logout URIs are registered under it. */
  publicUrl: string;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** oidc-provider settings for the dev IdP: one confidential client (the BFF), PKCE required, seeded accounts. */
export function idpConfiguration(
  client: IdpClient,
  claims: ClaimNames,
  cookieKeys: string[],
  signingKey: JWK,
): Configuration {
  return {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [`${client.publicUrl}/auth/callback`],
        post_logout_redirect_uris: [`${client.publicUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    cookies: { keys: cookieKeys },
    jwks: { keys: [signingKey] },
    // The console role and tenant ride on the profile scope, under the claim names the BFF is configured with.
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', claims.role, claims.tenant, claims.tenantName],
    },
    // Put scope claims in the ID token too (not only userinfo), as many enterprise IdPs do.
    conformIdTokenClaims: false,
    ttl: {
      AccessToken: HOUR,
      AuthorizationCode: 60,
      IdToken: HOUR,
      Interaction: HOUR,
      Grant: 14 * DAY,
      Session: 14 * DAY,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = messagePage('Signed out', 'You are signed out of the demo identity provider.', {
            href: `${client.publicUrl}/`,
            text: 'Back to the console',
          });
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      const detail = typeof out.error_description === 'string' ? out.error_description : String(out.error);
      ctx.body = messagePage('Sign-in problem', detail, {
        href: `${client.publicUrl}/`,
        text: 'Back to the console',
      });
    },
    findAccount: (_ctx, id) => {
      const user = DEV_USERS.find((candidate) => candidate.id === id);
      if (!user) return undefined;
      const tenant = user.tenant
        ? { [claims.tenant]: user.tenant.id, [claims.tenantName]: user.tenant.name }
        : {};
      return {
        accountId: user.id,
        claims: () => ({
          sub: user.id,
          email: user.email,
          email_verified: true,
          name: user.name,
          [claims.role]: user.role,
          ...tenant,
        }),
      };
    },
  };
}
