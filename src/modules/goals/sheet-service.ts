/**
 * Loads what the goal sheet needs for one unit, year and round, and hands it to the pure sheet builder.
 */
import type { Ctx } from '../context.ts';
import { getOrgUnit } from '../organisation/index.ts';
import { listRounds, type ReportingRoundDto } from '../planning/index.ts';
import type { GoalDto } from './contract.ts';
import { listGoalAreas, listGoals, listMunicipalGoals } from './db/goal-repository.ts';
import { listIndicators, listOutcomes, listTargets } from './db/indicator-repository.ts';
import { buildGoalSheet, type GoalSheet, type SheetTarget } from './domain/goal-sheet.ts';

export interface GoalSheetResult {
  readonly orgUnit: { id: string; code: string; name: string; kind: string };
  readonly year: number;
  readonly rounds: ReportingRoundDto[];
  readonly sheet: GoalSheet<GoalDto> | null;
}

/** The round to show when none is asked for: the latest one of the year that has outcomes, else its budget round. */
function defaultRound(rounds: readonly ReportingRoundDto[], reportedRoundIds: ReadonlySet<string>) {
  const reported = rounds.filter((round) => reportedRoundIds.has(round.id));
  return reported.at(-1) ?? rounds.find((round) => round.kind === 'budget') ?? rounds[0] ?? null;
}

export async function getGoalSheet(
  ctx: Pick<Ctx, 'db'>,
  query: { orgUnit: string; year: number; round?: string; includeRetired?: boolean },
): Promise<GoalSheetResult> {
  const { db } = ctx;
  const unit = await getOrgUnit(ctx, query.orgUnit);
  const { year } = query;
  const allRounds = await listRounds(db);
  const rounds = allRounds.filter((round) => round.year === year);
  const goals = await listGoals(db, {
    orgUnitId: unit.id,
    year,
    includeRetired: query.includeRetired ?? false,
  });
  const indicators = await listIndicators(
    db,
    goals.map((goal) => goal.id),
    query.includeRetired ?? false,
  );
  const indicatorIds = indicators.map((indicator) => indicator.id);
  const outcomes = await listOutcomes(db, indicatorIds, { years: { from: year - 2, to: year } });
  const reported = new Set(
    outcomes.filter((outcome) => outcome.year === year).map((o) => o.reportingRoundId),
  );
  const round = query.round
    ? rounds.find((candidate) => candidate.id === query.round)
    : defaultRound(rounds, reported);
  const orgUnit = { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind };
  if (!round) {
    return { orgUnit, year, rounds, sheet: null };
  }
  const targets: SheetTarget[] = await listTargets(db, indicatorIds, { from: year, to: year + 1 });
  const sheet = buildGoalSheet({
    year,
    round,
    rounds: allRounds,
    goalAreas: await listGoalAreas(db),
    municipalGoals: await listMunicipalGoals(db, { includeRetired: true }),
    goals,
    indicators,
    targets,
    outcomes,
  });
  return { orgUnit, year, rounds, sheet };
}
