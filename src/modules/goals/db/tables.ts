import type { Generated } from 'kysely';
import type { DataSource, IndicatorPart } from '../domain/indicator.ts';
import type { DesiredDirection } from '../domain/target.ts';

interface Versioned {
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface GoalAreaTable extends Versioned {
  id: Generated<string>;
  name: string;
  description: string | null;
  sort_order: Generated<number>;
}

export interface MunicipalGoalTable extends Versioned {
  id: Generated<string>;
  goal_area_id: string;
  name: string;
  description: string | null;
  valid_from_year: number;
  valid_to_year: number | null;
  sort_order: Generated<number>;
  retired_at: Date | null;
  source: string | null;
}

export interface GoalTable extends Versioned {
  id: Generated<string>;
  org_unit_id: string;
  municipal_goal_id: string | null;
  parent_goal_id: string | null;
  name: string;
  description: string | null;
  valid_from_year: number;
  valid_to_year: number | null;
  sort_order: Generated<number>;
  retired_at: Date | null;
  source: string | null;
}

export interface IndicatorTable extends Versioned {
  id: Generated<string>;
  goal_id: string;
  parent_indicator_id: string | null;
  name: string;
  unit: string | null;
  decimals: number | null;
  desired_direction: Generated<DesiredDirection>;
  is_obligatory: Generated<boolean>;
  is_gender_split: Generated<boolean>;
  definition: string | null;
  data_source: Generated<DataSource>;
  sort_order: Generated<number>;
  retired_at: Date | null;
  source: string | null;
}

export interface IndicatorTargetTable extends Versioned {
  id: Generated<string>;
  indicator_id: string;
  year: number;
  part: Generated<IndicatorPart>;
  notation: string;
  note: string | null;
  source: string | null;
}

/** numeric columns travel as exact decimal strings. */
export interface IndicatorOutcomeTable extends Versioned {
  id: Generated<string>;
  indicator_id: string;
  reporting_round_id: string;
  year: number;
  from_month: Generated<number>;
  to_month: Generated<number>;
  is_forecast: Generated<boolean>;
  reference_year: number | null;
  total: string | null;
  women: string | null;
  men: string | null;
  total_no_data: Generated<boolean>;
  women_no_data: Generated<boolean>;
  men_no_data: Generated<boolean>;
  no_data_reason: string | null;
  note: string | null;
  source: string | null;
}

export interface GoalsTables {
  goal_area: GoalAreaTable;
  municipal_goal: MunicipalGoalTable;
  goal: GoalTable;
  indicator: IndicatorTable;
  indicator_target: IndicatorTargetTable;
  indicator_outcome: IndicatorOutcomeTable;
}
