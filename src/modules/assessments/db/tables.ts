import type { Generated } from 'kysely';
import type { Verdict } from '../domain/verdict.ts';

export interface AssessmentTable {
  id: Generated<string>;
  goal_id: string;
  reporting_round_id: string;
  verdict: Verdict;
  basis: string | null;
  results: Generated<string[]>;
  source: string | null;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface AssessmentsTables {
  assessment: AssessmentTable;
}
