/**
 * Pure rules of signing in through the municipality's identity provider: where the browser may go
 * afterwards, which Verksam user the provider's person is, and a sign-in name for a new one.
 */

const NO_SITE = 'http://verksam.invalid';

/**
 * Where to go after signing in: `next` when it is a path on this site (never another site, never one of
 * `avoid`), else "/". The path comes back normalised ("/a/../b" → "/b").
 */
export function safeNextPath(next: string | null | undefined, avoid: readonly string[] = []): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return '/';
  }
  try {
    const url = new URL(next, NO_SITE);
    if (url.origin !== NO_SITE || avoid.includes(url.pathname)) {
      return '/';
    }
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** A Verksam user that the provider's person may be. */
export interface IdpCandidate {
  readonly id: string;
  readonly active: boolean;
  /** The user already signs in through the provider (as someone, perhaps someone else). */
  readonly hasSubject: boolean;
}

export type IdpMatch =
  /** Sign in as this user; `link`: first through the provider, so remember the subject. */
  | { readonly kind: 'user'; readonly userId: string; readonly link: boolean }
  /** A new user, without roles until an administrator grants them. */
  | { readonly kind: 'create' }
  /** The user is deactivated: no sign-in, and no new user beside them. */
  | { readonly kind: 'inactive' };

/**
 * Who the provider's person is in Verksam: the user with their subject; else the one user with their
 * e-mail who does not sign in through the provider yet (an administrator created them before, or they
 * used a password) – unless the provider says the address is not verified; else a new user.
 */
export function matchIdpUser(
  bySubject: IdpCandidate | null,
  byEmail: readonly IdpCandidate[],
  emailVerified: boolean | null,
): IdpMatch {
  if (bySubject !== null) {
    return bySubject.active ? { kind: 'user', userId: bySubject.id, link: false } : { kind: 'inactive' };
  }
  const linkable = emailVerified === false ? [] : byEmail.filter((user) => !user.hasSubject);
  const [only] = linkable;
  if (only === undefined || linkable.length > 1) {
    return { kind: 'create' };
  }
  return only.active ? { kind: 'user', userId: only.id, link: true } : { kind: 'inactive' };
}

const USERNAME = /^[a-z0-9._@-]{2,100}$/;

/** Text as a sign-in name: lower case, å ä ö as a a o, anything else not allowed as "-". */
function asUsername(text: string): string | null {
  const name = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._@-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 96);
  return USERNAME.test(name) ? name : null;
}

/**
 * Sign-in names for a new user, best first: the provider's preferred user name, the e-mail address, a
 * name made of the subject; each then with -2 … -9. The first one free is taken.
 */
export function usernameCandidates(identity: {
  readonly subject: string;
  readonly email: string | null;
  readonly preferredUsername: string | null;
}): string[] {
  const bases = [identity.preferredUsername, identity.email, `oidc-${identity.subject}`]
    .map((text) => (text === null ? null : asUsername(text)))
    .filter((name): name is string => name !== null);
  const unique = [...new Set(bases)];
  return [...unique, ...unique.flatMap((base) => [2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${base}-${n}`))];
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]+/g;

/** A name or address from the provider as a line Verksam stores: no control characters, trimmed, at most `max`. */
export function cleanLine(text: string | null, max: number): string | null {
  const line = text?.replace(CONTROL, ' ').trim().slice(0, max).trim() ?? '';
  return line === '' ? null : line;
}

/**
 * Why a sign-in through the identity provider failed, as the sign-in page is told (`/logga-in?fel=…`):
 * no provider is configured; the user cancelled at the provider; the provider refused; the return does not
 * belong to a sign-in this browser started (or came too late); the provider could not be reached or its
 * answer not checked; the user is deactivated in Verksam.
 */
export const IDP_ERROR_CODES = [
  'oidc-saknas',
  'oidc-avbruten',
  'oidc-nekad',
  'oidc-ogiltig',
  'oidc-misslyckades',
  'oidc-inaktiv',
] as const;
export type IdpErrorCode = (typeof IDP_ERROR_CODES)[number];

/** The sign-in page's path: where a failed sign-in through the provider ends, and never a `next`. */
export const SIGN_IN_PAGE = '/logga-in';

/** Mitt konto: where a user without roles lands, told that an administrator must give them one. */
export const ACCOUNT_PAGE = '/konto';
