/**
 * Signing in and out, sessions, passwords and API tokens as use cases: no HTTP here (http-auth.ts carries
 * the cookie). Only SHA-256 hashes of session and token secrets are stored, and passwords as argon2id.
 */
import type { Actor } from '#core/actor.ts';
import { type ResultCache, uncached } from '#platform/cache.ts';
import { write } from '#platform/context.ts';
import { hashPassword, randomSecret, sha256, verifyPassword } from '#platform/secrets.ts';
import type { Ctx } from '../context.ts';
import {
  deleteSession,
  deleteSessionsOf,
  findCredential,
  findSession,
  findTokenActor,
  insertSession,
  passwordHashOf,
  recordFailedSignIn,
  recordSignIn,
  type SessionActor,
  savePassword,
  touchSession,
  touchToken,
} from './db/access-repository.ts';
import {
  isLocked,
  isSessionAlive,
  lockAfterFailure,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SESSION_HOURS,
} from './domain/password.ts';
import { accessErrors } from './messages.sv.ts';

/** How often a token's "last used" is written: often enough for an administrator's list, no more. */
const TOKEN_TOUCH_MS = 5 * 60_000;

/** Verifying against this when the user does not exist takes as long as a real check: no timing hint. */
let dummyHash: Promise<string> | null = null;

export function checkNewPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw accessErrors.password_too_short();
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw accessErrors.password_too_long();
  }
}

export interface NewSession {
  /** The secret the cookie carries; only its hash is stored. */
  readonly token: string;
  readonly csrfToken: string;
  readonly actor: Actor;
  readonly mustChangePassword: boolean;
}

/**
 * Checks a user name and password and opens a session. Every failure says the same thing; after
 * LOCKOUT_AFTER_FAILURES failures in a row the account is locked for a while, even to the right password.
 */
export async function signIn(ctx: Ctx, username: string, password: string): Promise<NewSession> {
  const now = new Date();
  const credential = await findCredential(ctx.db, username.trim().toLowerCase());
  if (credential === null || credential.passwordHash === null || !credential.active) {
    dummyHash ??= hashPassword(randomSecret());
    await verifyPassword(await dummyHash, password.slice(0, PASSWORD_MAX_LENGTH));
    throw accessErrors.sign_in_failed();
  }
  if (isLocked(credential.lockedUntil, now)) {
    throw accessErrors.locked();
  }
  const valid =
    password.length <= PASSWORD_MAX_LENGTH && (await verifyPassword(credential.passwordHash, password));
  if (!valid) {
    const failures = credential.failedSignIns + 1;
    const lock = lockAfterFailure(failures, now);
    await recordFailedSignIn(ctx.db, credential.userId, failures, lock);
    throw lock ? accessErrors.locked() : accessErrors.sign_in_failed();
  }
  await recordSignIn(ctx.db, credential.userId);
  return openSession(ctx, credential.userId, { viaOidc: false });
}

/**
 * Opens a session for a user whose identity is settled (a password checked, or the identity provider's
 * ID token); the cookie's secret is returned, only its hash is stored.
 */
export async function openSession(
  ctx: Pick<Ctx, 'db'>,
  userId: string,
  options: { viaOidc: boolean },
): Promise<NewSession> {
  const token = randomSecret();
  const csrfToken = randomSecret();
  await insertSession(ctx.db, {
    tokenHash: sha256(token),
    userId,
    csrfToken,
    expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
    viaOidc: options.viaOidc,
  });
  const session = await findSession(ctx.db, sha256(token));
  if (session === null) {
    throw accessErrors.sign_in_failed();
  }
  return { token, csrfToken, actor: session.actor, mustChangePassword: session.mustChangePassword };
}

/**
 * What reading a credential needs: the database, and the revision clock that ending a session advances.
 * `credentials` keeps verified sessions and tokens between requests (the authenticator's cache); it holds
 * an entry only until the data's revision moves, and every change that could close a door moves it – a
 * grant, a revoked token or a deactivated user through the write path, an ended session here.
 */
type CredentialCtx = Pick<Ctx, 'db' | 'revision'> & { readonly credentials?: ResultCache };

/** The living session a cookie's secret opens, or null; a session seen now is kept alive. */
export async function sessionOf(ctx: CredentialCtx, token: string): Promise<SessionActor | null> {
  const tokenHash = sha256(token);
  const now = new Date();
  const kept = await (ctx.credentials ?? uncached).get(`session:${tokenHash}`, () =>
    findSession(ctx.db, tokenHash),
  );
  // A kept copy that looks idle may only have missed another server's touch: the row decides.
  const session = kept === null || isSessionAlive(kept, now) ? kept : await findSession(ctx.db, tokenHash);
  if (session === null || !isSessionAlive(session, now)) {
    if (session !== null) {
      await endSession(ctx, tokenHash);
    }
    return null;
  }
  // Written at most once a minute: the reporting week's many reads should not each write.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    session.lastSeenAt = now;
    await touchSession(ctx.db, tokenHash);
  }
  if (kept !== null && kept !== session) {
    kept.lastSeenAt = session.lastSeenAt;
  }
  return session;
}

export async function signOut(ctx: CredentialCtx, token: string): Promise<void> {
  await endSession(ctx, sha256(token));
}

/** Ends every session of the actor, on every device. */
export async function signOutEverywhere(ctx: Ctx): Promise<number> {
  return endSessionsOf(ctx, ctx.actor.userId);
}

/** Ends one session; the revision moves, so that no server goes on trusting a kept copy of it. */
async function endSession(ctx: CredentialCtx, tokenHash: string): Promise<void> {
  await deleteSession(ctx.db, tokenHash);
  await ctx.revision.advance();
}

/** Ends every session of a user (signed out everywhere, deactivated, a new password). */
export async function endSessionsOf(ctx: CredentialCtx, userId: string): Promise<number> {
  const ended = await deleteSessionsOf(ctx.db, userId);
  await ctx.revision.advance();
  return ended;
}

/** The user of a personal API token (the CLI against a running server), or null. */
export async function tokenActor(ctx: CredentialCtx, token: string): Promise<Actor | null> {
  const tokenHash = sha256(token);
  const found = await (ctx.credentials ?? uncached).get(`token:${tokenHash}`, () =>
    findTokenActor(ctx.db, tokenHash),
  );
  if (found === null) {
    return null;
  }
  // Written at most every five minutes, decided here rather than by the update's own condition, so that a
  // scheduled job's many requests do not each send a write.
  const now = new Date();
  if (found.lastUsedAt === null || now.getTime() - found.lastUsedAt.getTime() > TOKEN_TOUCH_MS) {
    // Marked before the write: the token's other requests arriving meanwhile must not each write too (200
    // reporters' first requests sent a write apiece while the first was still queued).
    found.lastUsedAt = now;
    await touchToken(ctx.db, found.tokenId);
  }
  return found.actor;
}

/** Changes the actor's own password; their other sessions end, this one stays. */
export async function changeOwnPassword(
  ctx: Ctx,
  currentPassword: string,
  newPassword: string,
  keepToken: string | null,
): Promise<void> {
  const stored = await passwordHashOf(ctx.db, ctx.actor.userId);
  if (stored === null || !(await verifyPassword(stored, currentPassword.slice(0, PASSWORD_MAX_LENGTH)))) {
    throw accessErrors.wrong_current_password();
  }
  checkNewPassword(newPassword);
  const passwordHash = await hashPassword(newPassword);
  await write(ctx, async (tx) => {
    await savePassword(tx.db, ctx.actor.userId, passwordHash, false);
    await tx.log([passwordChange(ctx.actor.userId, 'changed')]);
  });
  await endOtherSessions(ctx, keepToken);
}

/** The change log's trace of a new password: when and how, never the password or its hash. */
export function passwordChange(userId: string, how: 'changed' | 'reset' | 'set') {
  return {
    action: 'update' as const,
    entityType: 'user_credential',
    entityId: userId,
    oldValue: null,
    newValue: { password: how },
  };
}

/** The revision moves once the kept session is back, so no server keeps trusting the ended ones. */
async function endOtherSessions(ctx: Ctx, keepToken: string | null): Promise<void> {
  const kept = keepToken === null ? null : await findSession(ctx.db, sha256(keepToken));
  await deleteSessionsOf(ctx.db, ctx.actor.userId);
  if (kept !== null && keepToken !== null) {
    await insertSession(ctx.db, {
      tokenHash: sha256(keepToken),
      userId: ctx.actor.userId,
      csrfToken: kept.csrfToken,
      expiresAt: kept.expiresAt,
      viaOidc: kept.viaOidc,
    });
  }
  await ctx.revision.advance();
}
