/**
 * The one error type of Verksam. Expected failures (bad input, a missing record, a stale version) are
 * DomainErrors with a stable code and a Swedish message; anything else is a bug and becomes a 500 at the
 * HTTP edge. Codes are `<module>.<snake_case>`, each module keeping its codes and messages together.
 */

export type ErrorKind = 'invalid' | 'not_found' | 'forbidden' | 'conflict';

/** A problem with one field of the input, named by its path ("targets.2.notation"). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** The record changed since the caller read it: its version no longer matches. */
export function staleVersion(entity: string): DomainError {
  return new DomainError(
    'core.stale_version',
    'conflict',
    `${entity} har ändrats av någon annan sedan du öppnade den. Ladda om sidan och gör din ändring igen.`,
  );
}
