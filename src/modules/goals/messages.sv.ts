/** Swedish texts of the goals module: one factory per error, so codes and messages stay together. */
import { DomainError, type FieldProblem } from '#core/errors.ts';
import type { OutcomeProblem, OutcomeRule } from './domain/outcome.ts';

const field = (path: string, message: string): FieldProblem => ({ path, message });

export const ENTITY = {
  goal: 'Målet',
  municipalGoal: 'Det kommunövergripande målet',
  goalArea: 'Målområdet',
  indicator: 'Indikatorn',
  target: 'Målvärdet',
  outcome: 'Utfallet',
} as const;

const OUTCOME_RULES: Readonly<Record<OutcomeRule, string>> = {
  period_reversed: 'Till månad: kan inte vara före från månad.',
  year_after_round: 'År: ett utfall kan inte rapporteras för ett år efter uppföljningstillfällets år.',
  budget_round_reports_past_only: 'År: budgetomgången redovisar utfall för tidigare år, inte för budgetåret.',
  value_and_no_data: 'anges både som värde och som ”ingen uppgift”.',
  empty: 'Totalt: ange ett utfall eller markera ”ingen uppgift”.',
  reason_without_no_data: 'Orsak: kan bara anges när något är markerat ”ingen uppgift”.',
  not_gender_split: 'indikatorn redovisas inte könsuppdelat. Markera den som könsuppdelad först.',
  reference_year_after_year: 'Avser år: kan inte vara senare än utfallets år.',
};

const PART_NAMES = { total: 'Totalt', women: 'Kvinnor', men: 'Män' } as const;

/** The Swedish message for one broken outcome rule, naming its field. */
export function outcomeProblemMessage(problem: OutcomeProblem): string {
  const text = OUTCOME_RULES[problem.rule];
  return problem.part && (problem.rule === 'value_and_no_data' || problem.rule === 'not_gender_split')
    ? `${PART_NAMES[problem.part]}: ${text}`
    : text;
}

export const goalsErrors = {
  goalNotFound: (id: string) =>
    new DomainError('goals.goal_not_found', 'not_found', `Målet ${id} finns inte.`),
  goalAreaNotFound: () =>
    new DomainError('goals.goal_area_not_found', 'invalid', 'Målområdet finns inte.', [
      field('goalAreaId', 'Målområde: finns inte.'),
    ]),
  goalAreaNameTaken: (name: string) =>
    new DomainError('goals.goal_area_name_taken', 'conflict', `Målområdet ”${name}” finns redan.`, [
      field('name', `Namn: ”${name}” finns redan.`),
    ]),
  municipalGoalNotFound: () =>
    new DomainError('goals.municipal_goal_not_found', 'invalid', 'Det kommunövergripande målet finns inte.', [
      field('municipalGoalId', 'Kommunövergripande mål: finns inte.'),
    ]),
  municipalGoalNotValid: (name: string, year: number) =>
    new DomainError(
      'goals.municipal_goal_not_valid',
      'invalid',
      `Det kommunövergripande målet ”${name}” gäller inte ${year}.`,
      [field('municipalGoalId', `Kommunövergripande mål: ”${name}” gäller inte ${year}.`)],
    ),
  orgUnitNotValid: (name: string, year: number) =>
    new DomainError('goals.org_unit_not_valid', 'invalid', `${name} finns inte i organisationen ${year}.`, [
      field('validFromYear', `Giltig från år: ${name} finns inte i organisationen ${year}.`),
    ]),
  parentGoalInvalid: () =>
    new DomainError(
      'goals.parent_goal_invalid',
      'invalid',
      'Det överordnade målet finns inte eller är målet självt.',
      [field('parentGoalId', 'Överordnat mål: finns inte eller är målet självt.')],
    ),
  validityReversed: () =>
    new DomainError(
      'goals.validity_reversed',
      'invalid',
      'Giltig till år kan inte vara före giltig från år.',
      [field('validToYear', 'Giltig till år: kan inte vara före giltig från år.')],
    ),
  indicatorNotFound: (id: string) =>
    new DomainError('goals.indicator_not_found', 'not_found', `Indikatorn ${id} finns inte.`),
  parentIndicatorInvalid: () =>
    new DomainError(
      'goals.parent_indicator_invalid',
      'invalid',
      'En delindikator måste ligga direkt under en indikator för samma mål (en nivå).',
      [
        field(
          'parentIndicatorId',
          'Överordnad indikator: måste vara en indikator på översta nivån för samma mål.',
        ),
      ],
    ),
  indicatorHasChildren: () =>
    new DomainError(
      'goals.indicator_has_children',
      'invalid',
      'Indikatorn har delindikatorer och kan därför inte själv bli delindikator.',
      [field('parentIndicatorId', 'Överordnad indikator: indikatorn har egna delindikatorer.')],
    ),
  genderPartNotAllowed: () =>
    new DomainError(
      'goals.not_gender_split',
      'invalid',
      'Indikatorn redovisas inte könsuppdelat. Markera den som könsuppdelad först.',
      [field('part', 'Del: indikatorn redovisas inte könsuppdelat.')],
    ),
  targetNotFound: (id: string) =>
    new DomainError('goals.target_not_found', 'not_found', `Målvärdet ${id} finns inte.`),
  targetExists: (year: number) =>
    new DomainError(
      'goals.target_exists',
      'conflict',
      `Det finns redan ett målvärde för ${year}. Ändra det i stället.`,
      [field('year', `År: det finns redan ett målvärde för ${year}.`)],
    ),
  outcomeNotFound: (id: string) =>
    new DomainError('goals.outcome_not_found', 'not_found', `Utfallet ${id} finns inte.`),
  outcomeExists: (year: number, round: string) =>
    new DomainError(
      'goals.outcome_exists',
      'conflict',
      `Det finns redan ett utfall för ${year} i ${round}. Ändra det i stället.`,
      [field('year', `År: det finns redan ett utfall för ${year} i ${round}.`)],
    ),
  outcomeInvalid: (problems: readonly OutcomeProblem[]) =>
    new DomainError(
      'goals.outcome_invalid',
      'invalid',
      `Utfallet kan inte sparas: ${problems.map(outcomeProblemMessage).join(' ')}`,
      problems.map((problem) => field(problem.path, outcomeProblemMessage(problem))),
    ),
  reorderMismatch: () =>
    new DomainError(
      'goals.reorder_mismatch',
      'invalid',
      'Ordningen måste innehålla exakt alla syskon (samma enhet eller samma mål och nivå), var och en en gång.',
      [field('ids', 'Ordning: ska innehålla alla syskon en gång var.')],
    ),
};
