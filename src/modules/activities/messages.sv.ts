/** Swedish texts of the activities module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';
import { COMPLETION_KIND_LABELS, type CompletionProblem } from './domain/completion.ts';

const PERIOD_NAMES = { month: 'månad (1–12)', quarter: 'kvartal (1–4)', tertial: 'tertial (1–3)' } as const;
const FIELD_NAMES = {
  completionKind: 'Slutfört',
  completionYear: 'År',
  completionNumber: 'Period',
  completionDate: 'Datum',
} as const;

/** The Swedish message for one broken completion rule, naming its field and value. */
export function completionProblemMessage(problem: CompletionProblem): { path: string; message: string } {
  switch (problem.rule) {
    case 'number_missing':
      return {
        path: 'completionNumber',
        message: `Period: ange vilken ${PERIOD_NAMES[problem.kind]} aktiviteten ska vara slutförd.`,
      };
    case 'number_out_of_range':
      return {
        path: 'completionNumber',
        message: `Period: ${problem.value} är ingen ${PERIOD_NAMES[problem.kind]}.`,
      };
    case 'date_missing':
      return { path: 'completionDate', message: 'Datum: ange vilket datum aktiviteten ska vara slutförd.' };
    case 'extra_value':
      return {
        path: problem.field,
        message: `${FIELD_NAMES[problem.field]}: anges inte när Slutfört är ”${COMPLETION_KIND_LABELS[
          problem.kind
        ].toLocaleLowerCase('sv')}”.`,
      };
  }
}

export const activitiesErrors = defineErrors('activities', {
  activity_not_found: { kind: 'not_found', text: (id: string) => `Aktiviteten ${id} finns inte.` },
  goal_unknown: { kind: 'invalid', field: 'goalId', text: (id: string) => `Målet ${id} finns inte.` },
  goal_not_in_force: {
    kind: 'invalid',
    field: 'goalId',
    text: (goal: string, year: number) =>
      `Målet ”${goal}” gäller inte ${year}. Välj ett mål som gäller det året.`,
  },
  goal_of_other_unit: {
    kind: 'invalid',
    field: 'goalId',
    text: (goal: string, unit: string) =>
      `Målet ”${goal}” hör inte till ${unit} eller någon enhet ovanför. Välj ett av enhetens eller nämndens mål.`,
  },
  completion_invalid: {
    kind: 'invalid',
    text: (problems: readonly CompletionProblem[]) =>
      `Slutfört kan inte sparas: ${problems.map((problem) => completionProblemMessage(problem).message).join(' ')}`,
    fields: (problems: readonly CompletionProblem[]) => problems.map(completionProblemMessage),
  },
  budget_round: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (round: string) =>
      `Aktiviteter följs upp vid uppföljningstillfällen, inte i ${round}. Välj ett delår eller bokslutet.`,
  },
  round_of_other_year: {
    kind: 'invalid',
    field: 'reportingRoundId',
    text: (round: string, year: number) =>
      `${round} hör inte till ${year}, aktivitetens år. Välj ett uppföljningstillfälle ${year}.`,
  },
  status_version_required: {
    kind: 'conflict',
    field: 'version',
    text: () =>
      'Det finns redan en status för aktiviteten vid detta tillfälle (kanske sparad av någon annan nyss). ' +
      'Ladda om sidan och gör din ändring igen.',
  },
  has_statuses: {
    kind: 'conflict',
    text: (count: number) =>
      `Aktiviteten har ${count === 1 ? 'en rapporterad status' : `${count} rapporterade statusar`} och kan inte tas bort.`,
  },
  carried_on: {
    kind: 'conflict',
    text: (year: number) =>
      `Aktiviteten är överförd till ${year} och kan inte tas bort. Ta bort den i ${year} först.`,
  },
  already_carried: {
    kind: 'conflict',
    text: () => 'Aktiviteten är redan överförd till nästa år (kanske av någon annan nyss).',
  },
  carry_years: {
    kind: 'invalid',
    field: 'toYear',
    text: (fromYear: number, toYear: number) =>
      `Till år (${toYear}) måste vara senare än från år (${fromYear}).`,
  },
});
