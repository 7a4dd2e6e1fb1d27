/** Swedish texts of the assessments module. */
import { defineErrors } from '#core/errors.ts';

export const assessmentsErrors = defineErrors('assessments', {
  budget_round: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (round: string) =>
      `Mål bedöms vid uppföljningstillfällen, inte i ${round}. Välj ett delår eller bokslutet.`,
  },
  goal_not_valid: {
    kind: 'invalid',
    text: (goal: string, year: number) => `Målet ”${goal}” gäller inte ${year}.`,
  },
  basis_required: {
    kind: 'invalid',
    field: 'basis',
    text: (contradiction: string) => `${contradiction} Skriv i motiveringen varför målet ändå bedöms så.`,
  },
  version_required: {
    kind: 'conflict',
    field: 'version',
    text: () =>
      'Det finns redan en bedömning för målet vid detta tillfälle (kanske sparad av någon annan nyss). ' +
      'Ladda om sidan och gör din ändring igen.',
  },
});
