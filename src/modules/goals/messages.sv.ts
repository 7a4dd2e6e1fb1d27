/** Swedish texts of the goals module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';
import type { OutcomeProblem, OutcomeRule } from './domain/outcome.ts';

const OUTCOME_RULES: Readonly<Record<OutcomeRule, string>> = {
  period_reversed: 'Till månad: kan inte vara före från månad.',
  year_after_round: 'År: ett utfall kan inte rapporteras för ett år efter uppföljningstillfällets år.',
  budget_round_reports_past_only: 'År: budgetomgången redovisar utfall för tidigare år, inte för budgetåret.',
  value_and_no_data: 'anges både som värde och som ”ingen uppgift” eller ”ej tillämplig”.',
  no_data_and_not_applicable: 'kan inte vara både ”ingen uppgift” och ”ej tillämplig”.',
  empty: 'Totalt: ange ett utfall eller markera ”ingen uppgift” eller ”ej tillämplig”.',
  reason_without_no_data:
    'Orsak: kan bara anges när något är markerat ”ingen uppgift” eller ”ej tillämplig”.',
  not_gender_split: 'indikatorn redovisas inte könsuppdelat. Markera den som könsuppdelad först.',
  reference_year_after_year: 'Avser år: kan inte vara senare än utfallets år.',
};

const PART_NAMES = { total: 'Totalt', women: 'Kvinnor', men: 'Män' } as const;

/** The Swedish message for one broken outcome rule, naming its field. */
export function outcomeProblemMessage(problem: OutcomeProblem): string {
  const text = OUTCOME_RULES[problem.rule];
  return problem.part ? `${PART_NAMES[problem.part]}: ${text}` : text;
}

export const goalsErrors = defineErrors('goals', {
  goal_not_found: { kind: 'not_found', text: (id: string) => `Målet ${id} finns inte.` },
  goal_area_not_found: {
    kind: 'invalid',
    field: 'goalAreaId',
    text: (id: string) => `Målområdet ${id} finns inte.`,
  },
  goal_area_name_taken: {
    kind: 'conflict',
    field: 'name',
    text: (name: string) => `Målområdet ”${name}” finns redan.`,
  },
  municipal_goal_not_found: {
    kind: 'invalid',
    field: 'municipalGoalId',
    text: (id: string) => `Det kommunövergripande målet ${id} finns inte.`,
  },
  municipal_goal_not_valid: {
    kind: 'invalid',
    field: 'municipalGoalId',
    text: (name: string, year: number) => `Det kommunövergripande målet ”${name}” gäller inte ${year}.`,
  },
  org_unit_not_valid: {
    kind: 'invalid',
    field: 'validFromYear',
    text: (name: string, year: number) => `${name} finns inte i organisationen ${year}.`,
  },
  parent_goal_invalid: {
    kind: 'invalid',
    field: 'parentGoalId',
    text: () => 'Det överordnade målet finns inte eller är målet självt.',
  },
  parent_goal_cycle: {
    kind: 'invalid',
    field: 'parentGoalId',
    text: () => 'Målen skulle bilda en slinga: ett mål kan inte ligga under sig själv eller sina undermål.',
  },
  validity_reversed: {
    kind: 'invalid',
    field: 'validToYear',
    text: () => 'Giltig till år kan inte vara före giltig från år.',
  },
  indicator_not_found: { kind: 'not_found', text: (id: string) => `Indikatorn ${id} finns inte.` },
  parent_indicator_invalid: {
    kind: 'invalid',
    field: 'parentIndicatorId',
    text: () => 'En delindikator måste ligga direkt under en indikator på översta nivån för samma mål.',
  },
  computation_unknown: {
    kind: 'invalid',
    field: 'computation',
    text: (key: string) => `Beräkningen ”${key}” finns inte. Välj en av dem som listas för indikatorer.`,
  },
  indicator_has_children: {
    kind: 'invalid',
    field: 'parentIndicatorId',
    text: () => 'Indikatorn har delindikatorer och kan därför inte själv bli delindikator.',
  },
  not_gender_split: {
    kind: 'invalid',
    field: 'part',
    text: () => 'Indikatorn redovisas inte könsuppdelat. Markera den som könsuppdelad först.',
  },
  target_not_found: { kind: 'not_found', text: (id: string) => `Målvärdet ${id} finns inte.` },
  target_exists: {
    kind: 'conflict',
    field: 'year',
    text: (year: string) => `Det finns redan ett målvärde för ${year}. Ändra det i stället.`,
  },
  outcome_not_found: { kind: 'not_found', text: (id: string) => `Utfallet ${id} finns inte.` },
  outcome_exists: {
    kind: 'conflict',
    field: 'year',
    text: (year: string) =>
      `Det finns redan ett utfall för ${year} vid det uppföljningstillfället. Ändra det i stället.`,
  },
  outcome_invalid: {
    kind: 'invalid',
    text: (problems: readonly OutcomeProblem[]) =>
      `Utfallet kan inte sparas: ${problems.map(outcomeProblemMessage).join(' ')}`,
    fields: (problems: readonly OutcomeProblem[]) =>
      problems.map((problem) => ({ path: problem.path, message: outcomeProblemMessage(problem) })),
  },
  reorder_mismatch: {
    kind: 'invalid',
    field: 'ids',
    text: () =>
      'Ordningen måste innehålla exakt alla syskon (samma enhet eller samma mål och nivå), var och en en gång.',
  },
});
