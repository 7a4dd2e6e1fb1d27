/**
 * The whole schema as Kysely sees it: every module's tables. Kysely's types do not let a transaction over
 * all tables stand in for one over some of them, so repositories share this one type.
 */
import type { AccessTables } from './access/db/tables.ts';
import type { ActivitiesTables } from './activities/db/tables.ts';
import type { AssessmentsTables } from './assessments/db/tables.ts';
import type { AssignmentsTables } from './assignments/db/tables.ts';
import type { ConsistencyTables } from './consistency/db/tables.ts';
import type { DocumentsTables } from './documents/db/tables.ts';
import type { EconomyTables } from './economy/db/tables.ts';
import type { GoalsTables } from './goals/db/tables.ts';
import type { InternalControlTables } from './internal-control/db/tables.ts';
import type { InvestmentsTables } from './investments/db/tables.ts';
import type { NarrativesTables } from './narratives/db/tables.ts';
import type { NotificationsTables } from './notifications/db/tables.ts';
import type { OrganisationTables } from './organisation/db/tables.ts';
import type { PlanningTables } from './planning/db/tables.ts';
import type { ReportingTables } from './reporting/db/tables.ts';
import type { RolloverTables } from './rollover/db/tables.ts';
import type { VolumesTables } from './volumes/db/tables.ts';

export type Database = AccessTables &
  OrganisationTables &
  PlanningTables &
  ReportingTables &
  ActivitiesTables &
  GoalsTables &
  AssessmentsTables &
  EconomyTables &
  VolumesTables &
  InvestmentsTables &
  AssignmentsTables &
  ConsistencyTables &
  InternalControlTables &
  RolloverTables &
  DocumentsTables &
  NarrativesTables &
  NotificationsTables;
