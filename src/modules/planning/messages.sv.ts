/** Swedish texts of the planning module. */
import { DomainError } from '#core/errors.ts';

export const planningErrors = {
  roundNotFound: (ref: string) =>
    new DomainError('planning.round_not_found', 'not_found', `Uppföljningstillfället ”${ref}” finns inte.`),
  roundExists: (name: string) =>
    new DomainError(
      'planning.round_exists',
      'conflict',
      `Det finns redan ett uppföljningstillfälle av den typen: ${name}.`,
      [{ path: 'kind', message: `Typ: ${name} finns redan.` }],
    ),
  noRoundsForYear: (year: number) =>
    new DomainError('planning.no_rounds', 'not_found', `Det finns inga uppföljningstillfällen för ${year}.`),
};

export const ROUND_ENTITY = 'Uppföljningstillfället';
