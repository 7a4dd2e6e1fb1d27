/**
 * Rules for local passwords and for refusing guessers: pure, with the clock passed in.
 */

export const PASSWORD_MIN_LENGTH = 12;
/** Hashing a very long password costs the server; no one types more. */
export const PASSWORD_MAX_LENGTH = 200;

/** Failed sign-ins in a row before the account is locked, and for how long. */
export const LOCKOUT_AFTER_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

/** A session ends this long after sign-in, or after this long without a request, whichever comes first. */
export const SESSION_HOURS = 12;
export const SESSION_IDLE_MINUTES = 120;

/** The lock to set after a failed sign-in: null while the account may still try. */
export function lockAfterFailure(failuresInARow: number, now: Date): Date | null {
  return failuresInARow >= LOCKOUT_AFTER_FAILURES ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

export function isSessionAlive(session: { expiresAt: Date; lastSeenAt: Date }, now: Date): boolean {
  return (
    session.expiresAt.getTime() > now.getTime() &&
    now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MINUTES * 60_000
  );
}

/**
 * A one-time password that an administrator hands over: 20 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), about 110 bits.
 */
export function oneTimePassword(randomBytes: Uint8Array): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes.slice(0, 20), (byte) => alphabet[byte % alphabet.length]).join('');
}
