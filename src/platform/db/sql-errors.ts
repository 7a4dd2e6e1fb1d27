/**
 * PostgreSQL errors that stand for a user's mistake, recognised by SQLSTATE (the same on both engines).
 * Repositories turn them into DomainErrors with a Swedish message; anything else stays a bug.
 */

interface PgError {
  readonly code?: string;
  readonly constraint?: string;
}

function asPgError(error: unknown): PgError | null {
  return typeof error === 'object' && error !== null && 'code' in error ? (error as PgError) : null;
}

/** 23505: a unique constraint (optionally the named one) refused the row. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = asPgError(error);
  return pgError?.code === '23505' && (constraint === undefined || pgError.constraint === constraint);
}
