/**
 * The demo data: Linköpings kommun as its published documents show it, transcribed from the seed
 * documents 000 (VSS förvaltningsbudget 2023), 001 (KS internbudget 2020), 002 (VSS verksamhetsberättelse
 * 2019) and 004 (VSS delårsrapport 31 augusti 2019). Every goal, indicator, target, outcome and assessment
 * names its seed line in `source` ("000:371"). Nothing here reads the seeds at run time.
 */
import type { DataPackageInput } from '#modules/data-package/contract.ts';
import { withDemoActivities } from './activities.ts';
import { demoAssignmentLists } from './assignments.ts';
import { PackageBuilder } from './builders.ts';
import { demoInternalControlLists } from './internal-control.ts';
import { demoInvestmentLists } from './investments.ts';
import { KS_BUDGET_2020 } from './ks-2020.ts';
import {
  GOAL_AREAS,
  MUNICIPAL_GOALS_2019,
  MUNICIPAL_GOALS_2020,
  MUNICIPAL_GOALS_2023,
} from './municipal-goals.ts';
import { demoNarrativeLists } from './narratives.ts';
import { demoSuccessionLists, ORGANISATION } from './organisation.ts';
import { demoVolumeLists } from './volumes.ts';
import {
  VSS_2019,
  VSS_AUGUST_2019,
  VSS_AUGUST_2019_ASSESSMENTS,
  VSS_CLOSING_2019,
  VSS_CLOSING_2019_ASSESSMENTS,
} from './vss-2019.ts';
import { VSS_BUDGET_2023 } from './vss-2023.ts';

/** The years the demo has reporting rounds for: every kind of round in each. */
export const DEMO_FIRST_YEAR = 2019;
export const DEMO_LAST_YEAR = 2024;

export function buildDemoPackage(): DataPackageInput {
  const builder = new PackageBuilder();
  builder.addOrgUnits(ORGANISATION);
  builder.addRounds(DEMO_FIRST_YEAR, DEMO_LAST_YEAR);
  builder.addGoalAreas(GOAL_AREAS);
  builder.addMunicipalGoals(MUNICIPAL_GOALS_2019);
  builder.addMunicipalGoals(MUNICIPAL_GOALS_2020);
  builder.addMunicipalGoals(MUNICIPAL_GOALS_2023);
  // 002 defines the 2019 goals and indicators; 004 follows the same indicators up and must come after it.
  builder.addDocument(VSS_CLOSING_2019);
  builder.addDocument(VSS_AUGUST_2019);
  builder.addAssessments(VSS_2019, VSS_AUGUST_2019.round, VSS_AUGUST_2019_ASSESSMENTS);
  builder.addAssessments(VSS_2019, VSS_CLOSING_2019.round, VSS_CLOSING_2019_ASSESSMENTS);
  builder.addDocument(KS_BUDGET_2020);
  builder.addDocument(VSS_BUDGET_2023);
  return withDemoActivities({
    ...builder.build(),
    ...demoVolumeLists(),
    ...demoInvestmentLists(),
    ...demoSuccessionLists(),
    ...demoAssignmentLists(),
    ...demoInternalControlLists(),
    ...demoNarrativeLists(),
  });
}
