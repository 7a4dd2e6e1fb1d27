/**
 * The municipality's identity provider over OpenID Connect, as Verksam's sign-in needs it: where to send
 * the browser (authorization code flow with PKCE S256, state and nonce), and who came back. openid-client
 * does the protocol (discovery, the code exchange, the ID token's signature, issuer, audience and nonce,
 * userinfo); it is loaded when the first sign-in starts, so a server without OIDC never loads it.
 *
 * The secrets of a started sign-in (state, nonce, PKCE verifier) are returned to the caller, which keeps
 * them until the browser comes back (the access module: a short-lived signed cookie).
 */
import type { Configuration } from 'openid-client';
import type { OidcSettings } from './config.ts';

/** Who the identity provider says signed in. */
export interface OidcIdentity {
  /** The provider's stable id of the person (`sub`). */
  readonly subject: string;
  readonly name: string | null;
  readonly email: string | null;
  /** `email_verified`, when the provider says; Entra ID does not. */
  readonly emailVerified: boolean | null;
  /** `preferred_username` (Entra ID: the UPN); a suggestion for a new user's sign-in name only. */
  readonly preferredUsername: string | null;
}

/** What the browser's return is checked against: kept from start() to finish(). */
export interface OidcPending {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/**
 * Why a sign-in through the provider failed: the provider could not be reached (`unavailable`), the user
 * cancelled there (`cancelled`), the provider answered with an error (`provider`), the return does not
 * belong to the sign-in this browser started (`state`), or the exchange or the ID token failed (`failed`).
 */
export type OidcFailure = 'unavailable' | 'cancelled' | 'provider' | 'state' | 'failed';

export class OidcError extends Error {
  constructor(
    readonly reason: OidcFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OidcError';
  }
}

export interface OidcClient {
  /** The sign-in button's text. */
  readonly label: string;
  /** The provider's authorization URL for a new sign-in, and the secrets to keep until it returns. */
  start(): Promise<{ readonly url: string; readonly pending: OidcPending }>;
  /**
   * Checks the provider's answer (the callback's query) against the kept secrets, exchanges the code and
   * reads who signed in; throws an OidcError.
   */
  finish(callback: URLSearchParams, pending: OidcPending): Promise<OidcIdentity>;
}

const SCOPE = 'openid profile email';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The person as the claims describe them (the ID token's, completed by userinfo). */
export function identityOf(claims: Readonly<Record<string, unknown>>): OidcIdentity {
  const subject = text(claims.sub);
  if (subject === null) {
    throw new OidcError('failed', 'The ID token has no subject (sub).');
  }
  const given = [text(claims.given_name), text(claims.family_name)].filter((part) => part !== null);
  return {
    subject,
    name: text(claims.name) ?? (given.length > 0 ? given.join(' ') : null),
    email: text(claims.email),
    emailVerified: typeof claims.email_verified === 'boolean' ? claims.email_verified : null,
    preferredUsername: text(claims.preferred_username),
  };
}

export function createOidcClient(settings: OidcSettings): OidcClient {
  let loaded: Promise<{ client: typeof import('openid-client'); config: Configuration }> | null = null;

  /** Discovery once, and again after a failure (the provider may have been down for a moment). */
  function configuration() {
    loaded ??= (async () => {
      const client = await import('openid-client');
      try {
        const config = await client.discovery(
          new URL(settings.issuer),
          settings.clientId,
          settings.clientSecret === null ? {} : { client_secret: settings.clientSecret },
          settings.clientSecret === null ? client.None() : client.ClientSecretBasic(settings.clientSecret),
          settings.allowInsecureRequests ? { execute: [client.allowInsecureRequests] } : {},
        );
        return { client, config };
      } catch (error) {
        throw new OidcError('unavailable', `Discovery at ${settings.issuer} failed: ${String(error)}`, {
          cause: error,
        });
      }
    })();
    loaded.catch(() => {
      loaded = null;
    });
    return loaded;
  }

  return {
    label: settings.label,
    async start() {
      const { client, config } = await configuration();
      const pending: OidcPending = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        codeVerifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUrl,
        scope: SCOPE,
        response_type: 'code',
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },
    async finish(callback, pending) {
      const error = callback.get('error');
      if (error !== null) {
        const description = callback.get('error_description') ?? '';
        throw new OidcError(
          error === 'access_denied' ? 'cancelled' : 'provider',
          `The identity provider answered ${error}${description ? `: ${description}` : ''}`,
        );
      }
      if (callback.get('state') !== pending.state) {
        throw new OidcError('state', 'The state of the callback is not the one this browser started with.');
      }
      const { client, config } = await configuration();
      // The callback as the provider knows it (behind a proxy the server sees another address): the code
      // exchange must send the redirect_uri that the authorization request named.
      const current = new URL(settings.redirectUrl);
      current.search = callback.toString();
      let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
      try {
        tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (cause) {
        throw new OidcError('failed', `The code exchange failed: ${String(cause)}`, { cause });
      }
      const claims: Record<string, unknown> = { ...tokens.claims() };
      if (
        (text(claims.name) === null || text(claims.email) === null) &&
        config.serverMetadata().userinfo_endpoint &&
        typeof claims.sub === 'string'
      ) {
        // Some providers put only `sub` in the ID token; userinfo (checked to be the same subject) has the rest.
        try {
          const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
          return identityOf({
            ...userinfo,
            ...claims,
            name: claims.name ?? userinfo.name,
            email: claims.email ?? userinfo.email,
          });
        } catch {
          // The ID token alone is enough to sign in.
        }
      }
      return identityOf(claims);
    },
  };
}
