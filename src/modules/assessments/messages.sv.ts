/** Swedish texts of the assessments module. */
import { DomainError } from '#core/errors.ts';

export const assessmentsErrors = {
  budgetRound: (round: string) =>
    new DomainError(
      'assessments.budget_round',
      'invalid',
      `Mål bedöms vid uppföljningstillfällen, inte i ${round}. Välj ett delår eller bokslutet.`,
      [{ path: 'reportingRoundId', message: `Uppföljningstillfälle: ${round} är en budgetomgång.` }],
    ),
  goalNotValid: (goal: string, year: number) =>
    new DomainError('assessments.goal_not_valid', 'invalid', `Målet ”${goal}” gäller inte ${year}.`),
  versionRequired: () =>
    new DomainError(
      'assessments.version_required',
      'conflict',
      'Det finns redan en bedömning för målet vid detta tillfälle. Ladda om sidan och gör din ändring igen.',
      [{ path: 'version', message: 'Version: ange versionen av den bedömning du ändrar.' }],
    ),
};

export const ASSESSMENT_ENTITY = 'Bedömningen';
