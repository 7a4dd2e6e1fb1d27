/** Fetches a unit's goal sheet for a year and (optionally) a round. */

import { useQuery } from '@tanstack/react-query';
import { api, apiPath } from '#web/api-client.ts';
import type { GoalDto } from '../contract.ts';
import type { GoalSheet } from '../domain/goal-sheet.ts';

export interface GoalSheetResponse {
  readonly orgUnit: { id: string; code: string; name: string; kind: string };
  readonly year: number;
  readonly rounds: {
    id: string;
    year: number;
    kind: string;
    name: string;
    deadline: string;
    version: number;
  }[];
  readonly sheet: GoalSheet<GoalDto> | null;
}

export function useGoalSheet(orgUnit: string, year: number, round?: string) {
  return useQuery({
    queryKey: ['goal-sheet', orgUnit, year, round ?? null],
    queryFn: () => api.get<GoalSheetResponse>(apiPath('/goals/sheet', { orgUnit, year, round })),
  });
}
