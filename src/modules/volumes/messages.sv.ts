/** Swedish texts of the volumes module: one code and one text per rule. */
import { defineErrors } from '#core/errors.ts';
import type { MeasureSpan, ValueProblem } from './domain/measure.ts';
import {
  VALUE_KIND_LABELS,
  VALUE_PERIOD_LABELS,
  type ValueKind,
  type ValuePeriod,
} from './domain/measure.ts';

const PATH_NAMES = {
  total: 'Totalt',
  men: 'Män',
  women: 'Kvinnor',
  noDataReason: 'Orsak',
  year: 'År',
} as const;

/** The Swedish message for one broken value rule, naming its field. */
export function valueProblemMessage(problem: ValueProblem, measure: MeasureSpan): string {
  const field = PATH_NAMES[problem.path];
  switch (problem.rule) {
    case 'value_and_no_data':
      return `${field}: kan inte anges när värdet är markerat ”ingen uppgift”.`;
    case 'empty':
      return `${field}: ange ett värde eller markera ”ingen uppgift”.`;
    case 'reason_without_no_data':
      return `${field}: kan bara anges när värdet är markerat ”ingen uppgift”.`;
    case 'year_before_measure':
      return `${field}: måttet mäts från ${measure.validFromYear}. Åren före skrivs ut som ”ingen uppgift” utan att anges.`;
    case 'year_after_measure':
      return `${field}: måttet mättes till och med ${measure.validToYear}.`;
  }
}

const valueName = (kind: string, year: string, period: string) => {
  const kindLabel = VALUE_KIND_LABELS[kind as ValueKind] ?? kind;
  const periodLabel = VALUE_PERIOD_LABELS[period as ValuePeriod] ?? period;
  return `${kindLabel.toLowerCase()} ${year} (${periodLabel.toLowerCase()})`;
};

export const volumesErrors = defineErrors('volumes', {
  measure_not_found: { kind: 'not_found', text: (id: string) => `Måttet ${id} finns inte.` },
  value_not_found: { kind: 'not_found', text: (id: string) => `Värdet ${id} finns inte.` },
  measure_unknown: {
    kind: 'invalid',
    field: 'measureId',
    text: (id: string) => `Måttet ${id} finns inte.`,
  },
  validity_reversed: {
    kind: 'invalid',
    field: 'validToYear',
    text: () => 'Mäts till och med år kan inte vara före mäts från år.',
  },
  values_outside_validity: {
    kind: 'invalid',
    field: 'validFromYear',
    text: (years: readonly number[]) =>
      `Måttet har värden för ${years.join(', ')}, utanför de nya åren. Ta bort värdena först eller välj andra år.`,
  },
  value_invalid: {
    kind: 'invalid',
    text: (problems: readonly ValueProblem[], measure: MeasureSpan) =>
      `Värdet kan inte sparas: ${problems.map((problem) => valueProblemMessage(problem, measure)).join(' ')}`,
    fields: (problems: readonly ValueProblem[], measure: MeasureSpan) =>
      problems.map((problem) => ({ path: problem.path, message: valueProblemMessage(problem, measure) })),
  },
  chart_years_reversed: {
    kind: 'invalid',
    field: 'toYear',
    text: () => 'Till och med år kan inte vara före från och med år.',
  },
  chart_years_too_many: {
    kind: 'invalid',
    field: 'toYear',
    text: (max: number) => `Ett diagram visar högst ${max} år. Välj färre år.`,
  },
  value_exists: {
    kind: 'conflict',
    field: 'year',
    text: (kind: string, year: string, period: string) =>
      `Det finns redan ett värde för ${valueName(kind, year, period)}. Ändra det i stället.`,
  },
});
