/** The assessments and suggestions for every goal of a unit in a round. */

import { useQuery } from '@tanstack/react-query';
import { api, apiPath } from '#web/api-client.ts';
import type { AssessmentDto } from '../contract.ts';
import type { Verdict } from '../domain/verdict.ts';

export interface GoalAssessment {
  goalId: string;
  reportingRoundId: string;
  assessment: AssessmentDto | null;
  suggestion: {
    verdict: Verdict | null;
    met: number;
    notMet: number;
    uncounted: number;
    description: string;
  };
  contradiction: { code: string; severity: string; message: string } | null;
}

export function useUnitAssessments(
  orgUnit: string,
  year: number,
  round: string | undefined,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['assessment', 'unit', orgUnit, year, round ?? null],
    queryFn: () => api.get<GoalAssessment[]>(apiPath('/assessments', { orgUnit, year, round })),
    enabled: enabled && round !== undefined,
  });
}
