/**
 * The one error type of Verksam. Expected failures (bad input, a missing record, a stale version) are
 * DomainErrors with a stable code and a Swedish message; anything else is a bug and becomes a 500 at the
 * HTTP edge. Codes are `<module>.<snake_case>`; each module defines its errors once, in its
 * `messages.sv.ts`, with `defineErrors`, so a rule has one code and one text wherever it is broken.
 */

export type ErrorKind = 'invalid' | 'not_found' | 'forbidden' | 'conflict' | 'unauthenticated' | 'too_many';

/** A problem with one field of the input, named by its path ("targets.2.notation", "$.goals[3].orgUnit"). */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
  /** The record the field belongs to, by name or code, where the input holds many (a data package). */
  readonly record?: string;
  /** The offending value, where showing it helps. */
  readonly value?: unknown;
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

/** One rule's error: how it is classed, the field it concerns (if one) and its Swedish text. */
export interface ErrorSpec<Args extends unknown[]> {
  readonly kind: ErrorKind;
  /** The input field the rule concerns; the error then names it with the same text. */
  readonly field?: string;
  readonly text: (...args: Args) => string;
  /** For a rule that concerns several fields at once: each with its own text. */
  readonly fields?: (...args: Args) => readonly FieldProblem[];
}

// biome-ignore lint/suspicious/noExplicitAny: a spec's arguments are checked where it is defined
type Specs = Record<string, ErrorSpec<any[]>>;

export type ErrorFactories<Module extends string, T extends Specs> = {
  readonly [K in keyof T & string]: ((...args: Parameters<T[K]['text']>) => DomainError) & {
    readonly code: `${Module}.${K}`;
    /** The rule's text alone, for lists of problems that carry their own path (a data package). */
    readonly text: T[K]['text'];
  };
};

/** The codes a module's errors can carry: a closed union, so a typo in a test or a client fails to compile. */
export type ErrorCodeOf<F> =
  F extends ErrorFactories<infer _M, infer _T>
    ? F[keyof F] extends { readonly code: infer C }
      ? C
      : never
    : never;

/**
 * Declares a module's errors: `defineErrors('goals', { goal_not_found: { kind: 'not_found', text: (id) => … } })`
 * gives `errors.goal_not_found(id)`, a DomainError with code `goals.goal_not_found`.
 */
export function defineErrors<const Module extends string, const T extends Specs>(
  module: Module,
  specs: T,
): ErrorFactories<Module, T> {
  const factories: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const code = `${module}.${key}`;
    const create = (...args: unknown[]) => {
      const text = spec.text(...args);
      const fields = spec.fields?.(...args) ?? (spec.field ? [{ path: spec.field, message: text }] : []);
      return new DomainError(code, spec.kind, text, fields);
    };
    factories[key] = Object.assign(create, { code, text: spec.text });
  }
  return factories as ErrorFactories<Module, T>;
}

/** Errors of the platform itself: the same for every module. */
export const coreErrors = defineErrors('core', {
  stale_version: {
    kind: 'conflict',
    text: (entity: string, by?: StaleBy) =>
      `${entity} har ${by?.removed ? 'tagits bort' : 'ändrats'} av ${by ? `${by.name} ${by.when}` : 'någon annan'} ` +
      `sedan du öppnade den. Ladda om sidan och gör din ändring igen.`,
  },
  not_found: {
    kind: 'not_found',
    text: (entity: string, id: string) => `${entity} ${id} finns inte.`,
  },
  duplicate: {
    kind: 'conflict',
    text: (entity: string) => `${entity} finns redan. Ladda om sidan och ändra den befintliga i stället.`,
  },
  reference_missing: {
    kind: 'invalid',
    text: () => 'Något som posten hänvisar till finns inte (längre). Ladda om sidan och försök igen.',
  },
  in_use: {
    kind: 'conflict',
    text: () => 'Posten används av andra poster och kan inte tas bort. Avveckla den i stället.',
  },
  value_rejected: {
    kind: 'invalid',
    text: () => 'Ett värde ligger utanför det tillåtna (för stort, för långt eller i fel form).',
  },
  busy: {
    kind: 'conflict',
    text: () => 'Någon annan sparade samtidigt. Försök igen om en stund.',
  },
  forbidden: {
    kind: 'forbidden',
    text: () => 'Du har inte behörighet att göra detta.',
  },
  unauthenticated: {
    kind: 'unauthenticated',
    text: () => 'Du är inte inloggad, eller så har inloggningen gått ut. Logga in och försök igen.',
  },
});

/** Who made the change that a stale save met, as the message names them. */
export interface StaleBy {
  /** "Cecilia Ek", or "dig" when it was the caller (in another window). */
  readonly name: string;
  /** "i dag kl. 14.32". */
  readonly when: string;
  /** The record was removed rather than changed. */
  readonly removed?: boolean;
}

/** The last change of the record, from the change log: who and when (an ISO timestamp). */
export interface LastChange extends StaleBy {
  readonly changedBy: string;
  readonly changedAt: string;
}

/**
 * The record changed since the caller read it: its version no longer matches. Given the record's last
 * change, the message names who made it and when, and the details carry `changedBy` and `changedAt`.
 */
export function staleVersion(entity: string, last?: LastChange): DomainError {
  const error = coreErrors.stale_version(entity, last);
  return last
    ? new DomainError(error.code, error.kind, error.message, error.fields, {
        changedBy: last.changedBy,
        changedAt: last.changedAt,
      })
    : error;
}
