/**
 * PostgreSQL errors as DomainErrors, in one place. The database is the last guard of every rule the use
 * cases check first (a unique code, a reference, a range); when it refuses a row – usually because two
 * people saved at once – the user gets a Swedish message and a 4xx, never a 500. SQLSTATE codes are the
 * same on PGlite and a PostgreSQL server.
 *
 * Modules name their constraints' messages in their manifests (`constraintErrors`); a constraint without
 * one gets the generic message of its kind.
 */
import { coreErrors, type DomainError } from '#core/errors.ts';

interface PgError {
  readonly code: string;
  readonly constraint?: string;
  readonly detail?: string;
}

function asPgError(error: unknown): PgError | null {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(error.code)
    ? (error as PgError)
    : null;
}

/** 23505: a unique constraint (optionally the named one) refused the row. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = asPgError(error);
  return pgError?.code === '23505' && (constraint === undefined || pgError.constraint === constraint);
}

/** The key of a unique violation, from PostgreSQL's detail: "Key (code)=(VSS) already exists." → {code: "VSS"}. */
export function violatedKey(detail: string | undefined): Record<string, string> {
  const match = /^Key \((.+)\)=\((.*)\)/.exec(detail ?? '');
  if (!match) {
    return {};
  }
  const names = (match[1] ?? '').split(', ');
  const values = (match[2] ?? '').split(', ');
  return Object.fromEntries(names.map((name, index) => [name, values[index] ?? '']));
}

/** A constraint's message, given the violated key's columns and values. */
export type ConstraintError = (key: Readonly<Record<string, string>>) => DomainError;

/** The error a database failure means for the user, or null when it is a bug (it stays a 500). */
export function toDomainError(
  error: unknown,
  constraintErrors: Readonly<Record<string, ConstraintError>> = {},
  entityLabel = 'Posten',
): DomainError | null {
  const pgError = asPgError(error);
  if (!pgError) {
    return null;
  }
  const specific = pgError.constraint ? constraintErrors[pgError.constraint] : undefined;
  if (specific) {
    return specific(violatedKey(pgError.detail));
  }
  switch (pgError.code) {
    case '23505':
      return coreErrors.duplicate(entityLabel);
    case '23503':
      // A reference to a row that is gone, or a delete of a row still referred to.
      return /still referenced|is still referenced/.test(pgError.detail ?? '')
        ? coreErrors.in_use()
        : coreErrors.reference_missing();
    case '40001':
    case '40P01':
    case '55P03':
      return coreErrors.busy();
    default:
      // Class 22 (data exception: out of range, bad encoding, too long) and 23 (a check or not-null):
      // a value the validation should have refused; the user still gets a 4xx.
      return pgError.code.startsWith('22') || pgError.code.startsWith('23') || pgError.code === '54000'
        ? coreErrors.value_rejected()
        : null;
  }
}
