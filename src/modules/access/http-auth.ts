/**
 * Who sends a request: the HTTP side of signing in. A browser carries its session in a signed, httpOnly,
 * SameSite=Lax cookie and sends every change with the session's CSRF token in a header; the CLI against a
 * running server sends a personal API token (Authorization: Bearer vks_…); the CLI on the same machine
 * reaches the server over the data folder's socket, which only the folder's owner can open, and acts as the
 * installation's own user.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Actor, LOCAL_ACTOR } from '#core/actor.ts';
import { RevisionCache, type RevisionClock } from '#platform/cache.ts';
import { randomSecret } from '#platform/secrets.ts';
import type { Ctx } from '../context.ts';
import { readSetting, settleSetting } from './db/access-repository.ts';
import { SESSION_HOURS } from './domain/password.ts';
import { accessErrors } from './messages.sv.ts';
import { type NewSession, sessionOf, tokenActor } from './session-service.ts';

export const SESSION_COOKIE = 'verksam_session';
/** A sign-in through the identity provider under way: its state, nonce, PKCE verifier and where to go. */
export const OIDC_COOKIE = 'verksam_oidc';
const OIDC_COOKIE_PATH = '/api/v1/access/oidc';
const OIDC_COOKIE_MINUTES = 10;
export const CSRF_HEADER = 'x-csrf-token';

/** Set on requests that arrive over the data folder's socket (server.ts), never by a client. */
export const LOCAL_SOCKET = Symbol.for('verksam.localSocket');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type Db = Pick<Ctx, 'db'>;
type Credentials = Pick<Ctx, 'db' | 'revision'>;

/**
 * How many verified sessions and tokens one server keeps: every signed-in person of a large municipality's
 * reporting week, about a hundred bytes each.
 */
const KEPT_CREDENTIALS = 20_000;

/**
 * The key that signs session cookies: generated when first needed and kept in the database, so that
 * sessions survive a restart and every server on the same database agrees.
 */
function cookieSecret(ctx: Db): () => Promise<string> {
  let secret: Promise<string> | null = null;
  return () => {
    secret ??= readSetting(ctx.db, 'cookieSecret').then(
      (stored) => stored ?? settleSetting(ctx.db, 'cookieSecret', randomSecret(48)),
    );
    secret.catch(() => {
      secret = null;
    });
    return secret;
  };
}

export interface Authenticator {
  /** `revision`: the request's own reading of it (platform/cache.ts, requestClock). */
  actorFor(request: FastifyRequest, revision?: RevisionClock): Promise<Actor | null>;
  /** The session a request's cookie opens, with its CSRF token (for GET /access/session). */
  sessionFor(
    request: FastifyRequest,
  ): Promise<{ actor: Actor; csrfToken: string; mustChangePassword: boolean } | null>;
  setSessionCookie(reply: FastifyReply, session: NewSession): Promise<void>;
  /** The cookie's session secret, if it carries a valid signature. */
  sessionToken(request: FastifyRequest): Promise<string | null>;
  clearSessionCookie(reply: FastifyReply): void;
  /**
   * Keeps a started sign-in through the identity provider in the browser until it comes back: signed (so
   * it cannot be forged), httpOnly, for 10 minutes, and sent only to the provider's callback.
   */
  setOidcCookie(reply: FastifyReply, value: string): Promise<void>;
  /** The started sign-in's value, if the cookie is there with a valid signature; the cookie is removed. */
  takeOidcCookie(request: FastifyRequest, reply: FastifyReply): Promise<string | null>;
}

const authenticators = new WeakMap<object, Authenticator>();

/** The database's authenticator: one per database, so the routes and the platform share its key. */
export function authenticatorFor(ctx: Credentials): Authenticator {
  let authenticator = authenticators.get(ctx.db);
  if (!authenticator) {
    authenticator = createAuthenticator(ctx);
    authenticators.set(ctx.db, authenticator);
  }
  return authenticator;
}

/**
 * Each request's credential is checked against sessions and tokens kept until the data's revision moves
 * (docs/adr/0019-sign-in-and-permissions.md): without that, every request of the reporting week waits for
 * the same join of session, user and grants.
 */
function createAuthenticator(platform: Credentials): Authenticator {
  const secret = cookieSecret(platform);
  const credentials = new RevisionCache(platform.revision, KEPT_CREDENTIALS, (found) => found !== null);
  const ctx = { ...platform, credentials };
  const at = (revision: RevisionClock | undefined) =>
    revision ? { ...ctx, revision, credentials: credentials.at(revision) } : ctx;

  async function sessionToken(request: FastifyRequest): Promise<string | null> {
    const value = request.cookies?.[SESSION_COOKIE];
    if (!value) {
      return null;
    }
    const unsigned = fastifyCookie.unsign(value, await secret());
    return unsigned.valid ? unsigned.value : null;
  }

  async function sessionFor(request: FastifyRequest, revision?: RevisionClock) {
    const token = await sessionToken(request);
    const session = token === null ? null : await sessionOf(at(revision), token);
    return (
      session && {
        actor: session.actor,
        csrfToken: session.csrfToken,
        mustChangePassword: session.mustChangePassword,
      }
    );
  }

  return {
    sessionToken,
    sessionFor,
    async actorFor(request, revision) {
      if ((request.raw as unknown as Record<symbol, unknown>)[LOCAL_SOCKET] === true) {
        return LOCAL_ACTOR;
      }
      const authorization = request.headers.authorization;
      if (authorization?.startsWith('Bearer ')) {
        return tokenActor(at(revision), authorization.slice('Bearer '.length).trim());
      }
      const session = await sessionFor(request, revision);
      if (session === null) {
        return null;
      }
      if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
        throw accessErrors.csrf();
      }
      // Until a one-time password is replaced, the user may do nothing else.
      return session.mustChangePassword ? { ...session.actor, grants: [] } : session.actor;
    },
    async setSessionCookie(reply, session) {
      reply.setCookie(SESSION_COOKIE, fastifyCookie.sign(session.token, await secret()), {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        maxAge: SESSION_HOURS * 3600,
      });
    },
    clearSessionCookie(reply) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
    async setOidcCookie(reply, value) {
      reply.setCookie(OIDC_COOKIE, fastifyCookie.sign(value, await secret()), {
        path: OIDC_COOKIE_PATH,
        httpOnly: true,
        // Lax: the provider sends the browser back with a top-level GET, which carries it.
        sameSite: 'lax',
        secure: 'auto',
        maxAge: OIDC_COOKIE_MINUTES * 60,
      });
    },
    async takeOidcCookie(request, reply) {
      const value = request.cookies?.[OIDC_COOKIE];
      if (!value) {
        return null;
      }
      reply.clearCookie(OIDC_COOKIE, { path: OIDC_COOKIE_PATH });
      const unsigned = fastifyCookie.unsign(value, await secret());
      return unsigned.valid ? unsigned.value : null;
    },
  };
}

/**
 * A guesser's brake beside the account lockout: after 10 failed sign-ins in a minute from one address, that
 * address must wait, so that trying many accounts is as slow as trying one.
 */
export function createSignInLimiter(limit = 10, windowMs = 60_000) {
  const failures = new Map<string, number[]>();
  const recent = (address: string) =>
    (failures.get(address) ?? []).filter((at) => Date.now() - at < windowMs);
  return {
    check(address: string): void {
      if (recent(address).length >= limit) {
        throw accessErrors.too_many_attempts();
      }
    },
    failed(address: string): void {
      if (failures.size > 10_000) {
        failures.clear();
      }
      failures.set(address, [...recent(address), Date.now()]);
    },
  };
}
