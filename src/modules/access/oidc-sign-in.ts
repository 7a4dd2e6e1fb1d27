/**
 * The HTTP side of signing in through the municipality's identity provider: two redirects. `start` sends
 * the browser to the provider with a new state, nonce and PKCE challenge, keeping them (and where to go
 * afterwards) in a short-lived signed cookie; `callback` checks the provider's answer against that cookie,
 * finds or creates the user (oidc-service.ts), sets the session's cookie as a password sign-in does and
 * sends the browser on (a user without roles to Mitt konto, which says that they have none yet). Every failure ends on the sign-in page with `?fel=<code>`, which it explains in
 * Swedish; the reason is logged for the administrator.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '#core/errors.ts';
import type { OperationHandlers } from '#platform/http/operations.ts';
import { type OidcClient, OidcError, type OidcPending } from '#platform/oidc.ts';
import type { Database } from '../database.ts';
import type { accessApi } from './contract.ts';
import { ACCOUNT_PAGE, type IdpErrorCode, SIGN_IN_PAGE, safeNextPath } from './domain/sign-in.ts';
import type { Authenticator } from './http-auth.ts';
import { accessErrors } from './messages.sv.ts';
import { signInWithIdp } from './oidc-service.ts';

type Handlers = OperationHandlers<Database, typeof accessApi>;

/** What the cookie keeps between the two redirects. */
interface Started extends OidcPending {
  readonly next: string;
  /** When the sign-in started (ms): an old cookie is refused even if a browser kept it. */
  readonly at: number;
}

const STARTED_FOR_MS = 10 * 60_000;

function readStarted(value: string | null): Started | null {
  if (value === null) {
    return null;
  }
  try {
    const parsed = JSON.parse(value) as Partial<Started>;
    const fields = [parsed.state, parsed.nonce, parsed.codeVerifier, parsed.next];
    if (fields.some((field) => typeof field !== 'string') || typeof parsed.at !== 'number') {
      return null;
    }
    return Date.now() - parsed.at <= STARTED_FOR_MS ? (parsed as Started) : null;
  } catch {
    return null;
  }
}

function failedTo(reply: FastifyReply, code: IdpErrorCode): FastifyReply {
  return reply.redirect(`${SIGN_IN_PAGE}?fel=${code}`, 303);
}

const CODES: Readonly<Record<OidcError['reason'], IdpErrorCode>> = {
  unavailable: 'oidc-misslyckades',
  failed: 'oidc-misslyckades',
  cancelled: 'oidc-avbruten',
  provider: 'oidc-nekad',
  state: 'oidc-ogiltig',
};

function codeOf(error: unknown): IdpErrorCode {
  if (error instanceof OidcError) {
    return CODES[error.reason];
  }
  if (error instanceof DomainError && error.code === accessErrors.oidc_inactive.code) {
    return 'oidc-inaktiv';
  }
  return 'oidc-misslyckades';
}

function logFailure(request: FastifyRequest, error: unknown) {
  const reason = error instanceof OidcError ? error.reason : 'error';
  request.log.warn({ err: error, reason }, 'Inloggningen via identitetsleverantören misslyckades.');
}

/** The query the provider sent back, as it sent it (the code exchange checks every parameter). */
function callbackParams(request: FastifyRequest): URLSearchParams {
  const at = request.url.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : request.url.slice(at + 1));
}

export function oidcHandlers(
  oidc: OidcClient | null,
  auth: Authenticator,
): Pick<Handlers, 'oidcStart' | 'oidcCallback'> {
  return {
    oidcStart: async ({ query }, _ctx, { request, reply }) => {
      if (oidc === null) {
        return failedTo(reply, 'oidc-saknas');
      }
      try {
        const { url, pending } = await oidc.start();
        const started: Started = {
          ...pending,
          next: safeNextPath(query.next, [SIGN_IN_PAGE]),
          at: Date.now(),
        };
        await auth.setOidcCookie(reply, JSON.stringify(started));
        return reply.redirect(url, 303);
      } catch (error) {
        logFailure(request, error);
        return failedTo(reply, codeOf(error));
      }
    },
    oidcCallback: async (_args, ctx, { request, reply }) => {
      const started = readStarted(await auth.takeOidcCookie(request, reply));
      if (oidc === null) {
        return failedTo(reply, 'oidc-saknas');
      }
      const params = callbackParams(request);
      try {
        if (started === null && params.get('error') === null) {
          throw new OidcError(
            'state',
            'No sign-in was started in this browser, or it is over 10 minutes old.',
          );
        }
        const identity = await oidc.finish(params, started ?? { state: '', nonce: '', codeVerifier: '' });
        const session = await signInWithIdp(ctx, identity);
        await auth.setSessionCookie(reply, session);
        // Someone without roles could see nothing where they were going: Mitt konto tells them why.
        const next = session.actor.grants.length === 0 ? ACCOUNT_PAGE : (started?.next ?? '/');
        return reply.redirect(next, 303);
      } catch (error) {
        logFailure(request, error);
        return failedTo(reply, codeOf(error));
      }
    },
  };
}
