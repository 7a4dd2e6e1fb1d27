/**
 * Writes a checked data package: every record upserted by id in dependency order (parents before
 * children), 500 rows per statement. An updated record gets its version bumped, so anyone holding the old
 * version is told their copy is stale.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../database.ts';
import type { DataPackage } from '../contract.ts';

const BATCH = 500;

type Table = keyof Database;

async function upsert(db: Kysely<Database>, table: Table, rows: Record<string, unknown>[]) {
  if (rows.length === 0) {
    return;
  }
  const columns = Object.keys(rows[0] ?? {}).filter((column) => column !== 'id');
  // One function serves every table, so Kysely cannot check the rows' columns against the table here; the
  // callers below build each table's rows field by field from the checked package.
  for (let start = 0; start < rows.length; start += BATCH) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + BATCH) as never)
      .onConflict((conflict) =>
        conflict.column('id').doUpdateSet({
          ...Object.fromEntries(columns.map((column) => [column, sql.ref(`excluded.${column}`)])),
          version: sql`${sql.table(table)}.version + 1`,
          updated_at: sql`now()`,
        } as never),
      )
      .execute();
  }
}

/** Orders records so that every parent comes before its children. */
function parentsFirst<T extends { id: string }>(
  items: readonly T[],
  parentOf: (item: T) => string | null,
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const done = new Set<string>();
  const ordered: T[] = [];
  const visit = (item: T, path: Set<string>) => {
    if (done.has(item.id) || path.has(item.id)) {
      return;
    }
    path.add(item.id);
    const parent = parentOf(item);
    const parentItem = parent === null ? undefined : byId.get(parent);
    if (parentItem) {
      visit(parentItem, path);
    }
    done.add(item.id);
    ordered.push(item);
  };
  for (const item of items) {
    visit(item, new Set());
  }
  return ordered;
}

export async function writePackage(db: Kysely<Database>, pkg: DataPackage): Promise<void> {
  await upsert(
    db,
    'goal_area',
    pkg.goalAreas.map((area) => ({
      id: area.id,
      name: area.name,
      description: area.description,
      sort_order: area.sortOrder,
    })),
  );
  await upsert(
    db,
    'municipal_goal',
    pkg.municipalGoals.map((goal) => ({
      id: goal.id,
      goal_area_id: goal.goalAreaId,
      name: goal.name,
      description: goal.description,
      valid_from_year: goal.validFromYear,
      valid_to_year: goal.validToYear,
      sort_order: goal.sortOrder,
      retired_at: goal.retiredAt,
      source: goal.source,
    })),
  );
  const existingUnits = await db.selectFrom('org_unit').select(['id', 'code']).execute();
  const unitIds = new Map(existingUnits.map((unit) => [unit.code, unit.id]));
  for (const unit of pkg.orgUnits) {
    unitIds.set(unit.code.toUpperCase(), unit.id);
  }
  const byCode = new Map(pkg.orgUnits.map((unit) => [unit.code.toUpperCase(), unit.id]));
  const units = parentsFirst(pkg.orgUnits, (unit) =>
    unit.parent === null ? null : (byCode.get(unit.parent.toUpperCase()) ?? null),
  );
  await upsert(
    db,
    'org_unit',
    units.map((unit) => ({
      id: unit.id,
      code: unit.code.toUpperCase(),
      name: unit.name,
      kind: unit.kind,
      parent_id: unit.parent === null ? null : (unitIds.get(unit.parent.toUpperCase()) ?? null),
      valid_from: unit.validFrom,
      valid_to: unit.validTo,
      sort_order: unit.sortOrder,
    })),
  );
  await upsert(
    db,
    'reporting_round',
    pkg.reportingRounds.map((round) => ({
      id: round.id,
      year: round.year,
      kind: round.kind,
      name: round.name,
      deadline: round.deadline,
    })),
  );
  await upsert(
    db,
    'goal',
    parentsFirst(pkg.goals, (goal) => goal.parentGoalId).map((goal) => ({
      id: goal.id,
      org_unit_id: unitIds.get(goal.orgUnit.toUpperCase()),
      municipal_goal_id: goal.municipalGoalId,
      parent_goal_id: goal.parentGoalId,
      name: goal.name,
      description: goal.description,
      valid_from_year: goal.validFromYear,
      valid_to_year: goal.validToYear,
      sort_order: goal.sortOrder,
      retired_at: goal.retiredAt,
      source: goal.source,
    })),
  );
  await upsert(
    db,
    'indicator',
    parentsFirst(pkg.indicators, (indicator) => indicator.parentIndicatorId).map((indicator) => ({
      id: indicator.id,
      goal_id: indicator.goalId,
      parent_indicator_id: indicator.parentIndicatorId,
      name: indicator.name,
      unit: indicator.unit,
      decimals: indicator.decimals,
      desired_direction: indicator.desiredDirection,
      is_obligatory: indicator.isObligatory,
      is_gender_split: indicator.isGenderSplit,
      definition: indicator.definition,
      data_source: indicator.dataSource,
      sort_order: indicator.sortOrder,
      retired_at: indicator.retiredAt,
      source: indicator.source,
    })),
  );
  await upsert(
    db,
    'indicator_target',
    pkg.targets.map((target) => ({
      id: target.id,
      indicator_id: target.indicatorId,
      year: target.year,
      part: target.part,
      notation: target.notation,
      note: target.note,
      source: target.source,
    })),
  );
  await upsert(
    db,
    'indicator_outcome',
    pkg.outcomes.map((outcome) => ({
      id: outcome.id,
      indicator_id: outcome.indicatorId,
      reporting_round_id: outcome.reportingRoundId,
      year: outcome.year,
      from_month: outcome.fromMonth,
      to_month: outcome.toMonth,
      is_forecast: outcome.isForecast,
      reference_year: outcome.referenceYear,
      total: outcome.total,
      women: outcome.women,
      men: outcome.men,
      total_no_data: outcome.noData.includes('total'),
      women_no_data: outcome.noData.includes('women'),
      men_no_data: outcome.noData.includes('men'),
      no_data_reason: outcome.noDataReason,
      note: outcome.note,
      source: outcome.source,
    })),
  );
  await upsert(
    db,
    'assessment',
    pkg.assessments.map((assessment) => ({
      id: assessment.id,
      goal_id: assessment.goalId,
      reporting_round_id: assessment.reportingRoundId,
      verdict: assessment.verdict,
      basis: assessment.basis,
      results: assessment.results,
      source: assessment.source,
    })),
  );
}
