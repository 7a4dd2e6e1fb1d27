/** Swedish texts of the investments module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';
import { ROUND_KIND_LABELS } from '../planning/domain/index.ts';
import {
  AMOUNT_KIND_LABELS,
  type AmountKind,
  type AmountProblem,
  type FrameChangeRule,
  type ProjectFacts,
  type ProjectProblem,
  ROUNDS_OF_KIND,
  type RoundKind,
} from './domain/investment.ts';

const PROJECT_FIELDS = { completedYear: 'Färdigställt år', condition: 'Villkor' } as const;
const AMOUNT_FIELDS = { round: 'Uppföljningstillfälle', year: 'År' } as const;

const roundNames = (rounds: readonly RoundKind[]) =>
  rounds.map((round) => ROUND_KIND_LABELS[round].toLowerCase());

export function projectProblemMessage(problem: ProjectProblem): string {
  const field = PROJECT_FIELDS[problem.path];
  switch (problem.rule) {
    case 'completed_before_start':
      return `${field}: kan inte vara före startåret.`;
    case 'condition_missing':
      return `${field}: ange villkoret för en villkorad investering, t.ex. ”Under förutsättning att kommunfullmäktige beslutar …”.`;
    case 'condition_without_conditional':
      return `${field}: kan bara anges för en villkorad investering.`;
  }
}

export function amountProblemMessage(
  problem: AmountProblem,
  kind: AmountKind,
  project: ProjectFacts,
): string {
  const field = AMOUNT_FIELDS[problem.path];
  switch (problem.rule) {
    case 'round_not_for_kind':
      return `${field}: en ${AMOUNT_KIND_LABELS[kind].toLowerCase()} kan bara anges vid ${roundNames(ROUNDS_OF_KIND[kind]).join(', ')}.`;
    case 'year_before_start':
      return `${field}: kan inte vara före projektets startår ${project.startYear}.`;
    case 'year_after_completion':
      return `${field}: kan inte vara efter ${project.completedYear}, då projektet färdigställdes.`;
  }
}

const FRAME_CHANGE_TEXTS: Readonly<Record<FrameChangeRule, string>> = {
  rebudget_needs_from_year: 'Från år: ange året som beloppet ombudgeteras från.',
  rebudget_same_year: 'Från år: ombudgetering sker från ett annat år än det som får beloppet.',
  increase_has_from_year: 'Från år: anges bara vid ombudgetering; en utökad ram gäller ett år.',
};

export function frameChangeMessage(rule: FrameChangeRule): string {
  return FRAME_CHANGE_TEXTS[rule];
}

const amountName = (kind: string, year: string, round: string) =>
  `${(AMOUNT_KIND_LABELS[kind as AmountKind] ?? kind).toLowerCase()} ${year} (${(
    ROUND_KIND_LABELS[round as RoundKind] ?? round
  ).toLowerCase()})`;

export const investmentsErrors = defineErrors('investments', {
  project_not_found: { kind: 'not_found', text: (id: string) => `Investeringsprojektet ${id} finns inte.` },
  amount_not_found: { kind: 'not_found', text: (id: string) => `Beloppet ${id} finns inte.` },
  frame_not_found: { kind: 'not_found', text: (id: string) => `Investeringsramen ${id} finns inte.` },
  frame_change_not_found: { kind: 'not_found', text: (id: string) => `Ramförändringen ${id} finns inte.` },
  project_unknown: {
    kind: 'invalid',
    field: 'projectId',
    text: (id: string) => `Investeringsprojektet ${id} finns inte.`,
  },
  project_invalid: {
    kind: 'invalid',
    text: (problems: readonly ProjectProblem[]) =>
      `Projektet kan inte sparas: ${problems.map(projectProblemMessage).join(' ')}`,
    fields: (problems: readonly ProjectProblem[]) =>
      problems.map((problem) => ({ path: problem.path, message: projectProblemMessage(problem) })),
  },
  amounts_outside_project: {
    kind: 'invalid',
    field: 'startYear',
    text: (years: readonly number[]) =>
      `Projektet har belopp för ${years.join(', ')}, utanför de nya åren. Ta bort beloppen först eller välj andra år.`,
  },
  project_has_amounts: {
    kind: 'conflict',
    text: (count: number) => `Projektet har ${count} belopp och kan inte tas bort. Ta bort beloppen först.`,
  },
  amount_invalid: {
    kind: 'invalid',
    text: (problems: readonly AmountProblem[], kind: AmountKind, project: ProjectFacts) =>
      `Beloppet kan inte sparas: ${problems.map((problem) => amountProblemMessage(problem, kind, project)).join(' ')}`,
    fields: (problems: readonly AmountProblem[], kind: AmountKind, project: ProjectFacts) =>
      problems.map((problem) => ({
        path: problem.path,
        message: amountProblemMessage(problem, kind, project),
      })),
  },
  amount_exists: {
    kind: 'conflict',
    field: 'year',
    text: (kind: string, year: string, round: string) =>
      `Projektet har redan ${amountName(kind, year, round)}. Ändra det i stället.`,
  },
  frame_exists: {
    kind: 'conflict',
    field: 'year',
    text: (year: string) => `Enheten har redan en investeringsram för ${year}. Ändra den i stället.`,
  },
  frame_change_invalid: {
    kind: 'invalid',
    field: 'fromYear',
    text: (rule: FrameChangeRule) => frameChangeMessage(rule),
  },
});
