import type { Generated } from 'kysely';
import type { RoundKind } from '#core/period.ts';

export interface ReportingRoundTable {
  id: Generated<string>;
  year: number;
  kind: RoundKind;
  name: string;
  deadline: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PlanningTables {
  reporting_round: ReportingRoundTable;
}
