/** The assessments and suggestions for every goal of a unit in a round. */
import type { OperationResult } from '#core/api.ts';
import { useApiQuery } from '#web/kit/api.ts';
import { assessmentsApi } from '../contract.ts';

/** A goal's assessment in a round, the indicators' suggestion and whether the two disagree. */
export type GoalAssessment = OperationResult<typeof assessmentsApi.listForUnit>[number];

export function useUnitAssessments(
  orgUnit: string,
  year: number,
  round: string | undefined,
  enabled: boolean,
) {
  return useApiQuery(
    assessmentsApi.listForUnit,
    { query: { orgUnit, year, round: round ?? '' } },
    { enabled: enabled && round !== undefined },
  );
}
