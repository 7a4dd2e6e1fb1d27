/**
 * Import: reads a data package all or nothing. The package is parsed, matched against what the database
 * holds, and checked; if anything is wrong, every problem is listed with its JSON path and nothing is
 * written. Otherwise everything is written in one transaction, each record with its change-log entry.
 */

import type { Kysely } from 'kysely';
import type { Actor } from '#core/actor.ts';
import type { FieldProblem } from '#core/errors.ts';
import { formatPath } from '#core/validation.ts';
import { type Change, recordChanges } from '#platform/audit/change-log.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { toAssessmentDto } from '../assessments/index.ts';
import type { Database } from '../database.ts';
import {
  toGoalAreaDto,
  toGoalDto,
  toIndicatorDto,
  toMunicipalGoalDto,
  toOutcomeDto,
} from '../goals/index.ts';
import { toOrgUnitDto } from '../organisation/index.ts';
import { toRoundDto } from '../planning/index.ts';
import { type DataPackage, dataPackageSchema } from './contract.ts';
import { writePackage } from './db/package-writer.ts';
import { invalidPackage } from './messages.sv.ts';
import { adoptExistingIds, checkPackage, type KnownRecords } from './package-check.ts';
import {
  assessmentRecord,
  goalAreaRecord,
  goalRecord,
  indicatorRecord,
  municipalGoalRecord,
  orgUnitRecord,
  outcomeRecord,
  roundRecord,
  targetRecord,
} from './records.ts';

type ListName = Exclude<keyof DataPackage, 'format' | 'formatVersion' | 'exportedAt' | 'scope'>;

const LISTS: readonly { list: ListName; table: keyof Database }[] = [
  { list: 'goalAreas', table: 'goal_area' },
  { list: 'municipalGoals', table: 'municipal_goal' },
  { list: 'orgUnits', table: 'org_unit' },
  { list: 'reportingRounds', table: 'reporting_round' },
  { list: 'goals', table: 'goal' },
  { list: 'indicators', table: 'indicator' },
  { list: 'targets', table: 'indicator_target' },
  { list: 'outcomes', table: 'indicator_outcome' },
  { list: 'assessments', table: 'assessment' },
];

export interface ImportSummary {
  readonly created: Record<ListName, number>;
  readonly updated: Record<ListName, number>;
}

/** Parses the JSON value; every zod issue becomes a problem with its JSON path. */
function parsePackage(raw: unknown): DataPackage {
  const parsed = dataPackageSchema.safeParse(raw);
  if (!parsed.success) {
    throw invalidPackage(
      parsed.error.issues.map(
        (issue): FieldProblem => ({
          path: issue.path.length === 0 ? '$' : `$.${formatPath(issue.path)}`,
          message: `${issue.message.charAt(0).toUpperCase()}${issue.message.slice(1)}.`,
        }),
      ),
    );
  }
  return parsed.data;
}

const unique = (ids: Iterable<string | null>) => [
  ...new Set([...ids].filter((id): id is string => id !== null)),
];

async function loadKnown(db: Kysely<Database>, pkg: DataPackage): Promise<KnownRecords> {
  const indicatorIds = unique([
    ...pkg.indicators.map((indicator) => indicator.id),
    ...pkg.indicators.map((indicator) => indicator.parentIndicatorId),
    ...pkg.targets.map((target) => target.indicatorId),
    ...pkg.outcomes.map((outcome) => outcome.indicatorId),
  ]);
  const goalIds = unique([
    ...pkg.goals.map((goal) => goal.parentGoalId),
    ...pkg.indicators.map((indicator) => indicator.goalId),
    ...pkg.assessments.map((assessment) => assessment.goalId),
  ]);
  const municipalGoalIds = unique(pkg.goals.map((goal) => goal.municipalGoalId));
  const [units, rounds, areas, municipalGoals, goals, indicators, targets, outcomes, assessments] =
    await Promise.all([
      db.selectFrom('org_unit').select(['id', 'code', 'kind', 'valid_from', 'valid_to']).execute(),
      db.selectFrom('reporting_round').select(['id', 'year', 'kind']).execute(),
      db.selectFrom('goal_area').select(['id', 'name']).execute(),
      db
        .selectFrom('municipal_goal')
        .select(['id', 'valid_from_year', 'valid_to_year'])
        .where('id', '=', anyUuid(municipalGoalIds))
        .execute(),
      db.selectFrom('goal').select('id').where('id', '=', anyUuid(goalIds)).execute(),
      db
        .selectFrom('indicator')
        .select(['id', 'goal_id', 'parent_indicator_id', 'is_gender_split'])
        .where('id', '=', anyUuid(indicatorIds))
        .execute(),
      db
        .selectFrom('indicator_target')
        .select(['id', 'indicator_id', 'year', 'part'])
        .where('indicator_id', '=', anyUuid(indicatorIds))
        .execute(),
      db
        .selectFrom('indicator_outcome')
        .select(['id', 'indicator_id', 'reporting_round_id', 'year'])
        .where('indicator_id', '=', anyUuid(indicatorIds))
        .execute(),
      db
        .selectFrom('assessment')
        .select(['id', 'goal_id', 'reporting_round_id'])
        .where('goal_id', '=', anyUuid(unique(pkg.assessments.map((a) => a.goalId))))
        .execute(),
    ]);
  return {
    orgUnits: units.map((unit) => ({
      id: unit.id,
      code: unit.code,
      kind: unit.kind,
      validFrom: unit.valid_from,
      validTo: unit.valid_to,
    })),
    rounds,
    goalAreas: areas,
    municipalGoals: new Map(
      municipalGoals.map((goal) => [
        goal.id,
        { validFromYear: goal.valid_from_year, validToYear: goal.valid_to_year },
      ]),
    ),
    goalIds: new Set(goals.map((goal) => goal.id)),
    indicators: new Map(
      indicators.map((row) => [
        row.id,
        {
          goalId: row.goal_id,
          parentIndicatorId: row.parent_indicator_id,
          isGenderSplit: row.is_gender_split,
        },
      ]),
    ),
    targetKeys: new Map(targets.map((row) => [`${row.indicator_id}|${row.year}|${row.part}`, row.id])),
    outcomeKeys: new Map(
      outcomes.map((row) => [`${row.indicator_id}|${row.reporting_round_id}|${row.year}`, row.id]),
    ),
    assessmentKeys: new Map(assessments.map((row) => [`${row.goal_id}|${row.reporting_round_id}`, row.id])),
  };
}

/** The records as they were before the import, in package form, for the change log. */
async function loadPrevious(db: Kysely<Database>, pkg: DataPackage): Promise<Map<string, unknown>> {
  const ids = (list: ListName) => pkg[list].map((record) => record.id);
  const units = await db.selectFrom('org_unit').selectAll().execute();
  const codeOf = (id: string) => units.find((unit) => unit.id === id)?.code ?? null;
  const previous = new Map<string, unknown>();
  const keep = (records: { id: string }[]) => {
    for (const record of records) {
      previous.set(record.id, record);
    }
  };
  const wanted = new Set(ids('orgUnits'));
  keep(units.filter((unit) => wanted.has(unit.id)).map((row) => orgUnitRecord(toOrgUnitDto(row), codeOf)));
  const byIds = (list: ListName) => anyUuid(ids(list));
  const rounds = await db
    .selectFrom('reporting_round')
    .selectAll()
    .where('id', '=', byIds('reportingRounds'))
    .execute();
  keep(rounds.map((row) => roundRecord(toRoundDto(row))));
  const areas = await db.selectFrom('goal_area').selectAll().where('id', '=', byIds('goalAreas')).execute();
  keep(areas.map((row) => goalAreaRecord(toGoalAreaDto(row))));
  const municipal = await db
    .selectFrom('municipal_goal')
    .selectAll()
    .where('id', '=', byIds('municipalGoals'))
    .execute();
  keep(municipal.map((row) => municipalGoalRecord(toMunicipalGoalDto(row))));
  const goals = await db.selectFrom('goal').selectAll().where('id', '=', byIds('goals')).execute();
  keep(goals.map((row) => goalRecord(toGoalDto(row), codeOf)));
  const indicators = await db
    .selectFrom('indicator')
    .selectAll()
    .where('id', '=', byIds('indicators'))
    .execute();
  keep(indicators.map((row) => indicatorRecord(toIndicatorDto(row))));
  const targets = await db
    .selectFrom('indicator_target')
    .selectAll()
    .where('id', '=', byIds('targets'))
    .execute();
  keep(targets.map(targetRecord));
  const outcomes = await db
    .selectFrom('indicator_outcome')
    .selectAll()
    .where('id', '=', byIds('outcomes'))
    .execute();
  keep(outcomes.map((row) => outcomeRecord(toOutcomeDto(row))));
  const assessments = await db
    .selectFrom('assessment')
    .selectAll()
    .where('id', '=', byIds('assessments'))
    .execute();
  keep(assessments.map((row) => assessmentRecord(toAssessmentDto(row))));
  return previous;
}

export async function importPackage(
  db: Kysely<Database>,
  actor: Actor,
  raw: unknown,
): Promise<ImportSummary> {
  const parsed = parsePackage(raw);
  return db.transaction().execute(async (trx) => {
    const known = await loadKnown(trx, parsed);
    const pkg = adoptExistingIds(parsed, known);
    const problems = checkPackage(pkg, known);
    if (problems.length > 0) {
      throw invalidPackage(problems);
    }
    const previous = await loadPrevious(trx, pkg);
    await writePackage(trx, pkg);
    const created = {} as Record<ListName, number>;
    const updated = {} as Record<ListName, number>;
    const changes: Change[] = [];
    for (const { list, table } of LISTS) {
      created[list] = 0;
      updated[list] = 0;
      for (const record of pkg[list] as { id: string }[]) {
        const before = previous.get(record.id) ?? null;
        if (before === null) {
          created[list] += 1;
        } else {
          updated[list] += 1;
        }
        changes.push({
          action: 'import',
          entityType: table,
          entityId: record.id,
          oldValue: before,
          newValue: record,
        });
      }
    }
    await recordChanges(trx, actor, changes);
    return { created, updated };
  });
}
