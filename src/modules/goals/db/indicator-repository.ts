/** Indicators, targets and outcomes in SQL. */

import type { Kysely, Selectable } from 'kysely';
import { canonicalDecimal } from '#core/decimal.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import type { Database } from '../../database.ts';
import type { IndicatorDto, OutcomeDto, TargetDto } from '../contract.ts';
import type { IndicatorPart } from '../domain/indicator.ts';
import { type DesiredDirection, describeTarget, parseTarget } from '../domain/target.ts';
import { rowOf, updateVersioned } from './goal-repository.ts';
import type { IndicatorOutcomeTable, IndicatorTable, IndicatorTargetTable } from './tables.ts';

const iso = (value: Date | null) => (value === null ? null : value.toISOString());
const decimal = (value: string | null) => (value === null ? null : canonicalDecimal(value));

export function toIndicatorDto(row: Selectable<IndicatorTable>): IndicatorDto {
  return {
    id: row.id,
    goalId: row.goal_id,
    parentIndicatorId: row.parent_indicator_id,
    name: row.name,
    unit: row.unit,
    decimals: row.decimals,
    desiredDirection: row.desired_direction,
    isObligatory: row.is_obligatory,
    isGenderSplit: row.is_gender_split,
    definition: row.definition,
    dataSource: row.data_source,
    sortOrder: row.sort_order,
    retiredAt: iso(row.retired_at),
    source: row.source,
    version: row.version,
  };
}

export function toTargetDto(row: Selectable<IndicatorTargetTable>, direction: DesiredDirection): TargetDto {
  const rule = parseTarget(row.notation);
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    year: row.year,
    part: row.part,
    notation: row.notation,
    note: row.note,
    source: row.source,
    interpretation: { kind: rule.kind, description: describeTarget(rule, direction) },
    version: row.version,
  };
}

export function toOutcomeDto(row: Selectable<IndicatorOutcomeTable>): OutcomeDto {
  const noData: IndicatorPart[] = [];
  if (row.total_no_data) {
    noData.push('total');
  }
  if (row.women_no_data) {
    noData.push('women');
  }
  if (row.men_no_data) {
    noData.push('men');
  }
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    reportingRoundId: row.reporting_round_id,
    year: row.year,
    fromMonth: row.from_month,
    toMonth: row.to_month,
    isForecast: row.is_forecast,
    referenceYear: row.reference_year,
    total: decimal(row.total),
    women: decimal(row.women),
    men: decimal(row.men),
    noData,
    noDataReason: row.no_data_reason,
    note: row.note,
    source: row.source,
    version: row.version,
  };
}

export async function findIndicator(db: Kysely<Database>, id: string): Promise<IndicatorDto | null> {
  const row = await db.selectFrom('indicator').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toIndicatorDto(row) : null;
}

export async function listIndicators(
  db: Kysely<Database>,
  goalIds: readonly string[],
  includeRetired = false,
): Promise<IndicatorDto[]> {
  if (goalIds.length === 0) {
    return [];
  }
  let query = db
    .selectFrom('indicator')
    .selectAll()
    .where('goal_id', '=', anyUuid(goalIds))
    .orderBy('sort_order');
  if (!includeRetired) {
    query = query.where('retired_at', 'is', null);
  }
  return (await query.execute()).map(toIndicatorDto);
}

export type IndicatorValues = Omit<IndicatorDto, 'id' | 'version' | 'retiredAt' | 'sortOrder'>;

function indicatorColumns(values: IndicatorValues) {
  return {
    goal_id: values.goalId,
    parent_indicator_id: values.parentIndicatorId,
    name: values.name,
    unit: values.unit,
    decimals: values.decimals,
    desired_direction: values.desiredDirection,
    is_obligatory: values.isObligatory,
    is_gender_split: values.isGenderSplit,
    definition: values.definition,
    data_source: values.dataSource,
    source: values.source,
  };
}

export async function insertIndicator(db: Kysely<Database>, values: IndicatorValues & { sortOrder: number }) {
  const row = await db
    .insertInto('indicator')
    .values({ ...indicatorColumns(values), sort_order: values.sortOrder })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toIndicatorDto(row);
}

export async function updateIndicatorRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: IndicatorValues | { sortOrder: number } | { retired: boolean },
): Promise<IndicatorDto | null> {
  const columns =
    'sortOrder' in values
      ? { sort_order: values.sortOrder }
      : 'retired' in values
        ? { retired_at: values.retired ? new Date() : null }
        : indicatorColumns(values);
  const row = rowOf<Selectable<IndicatorTable>>(await updateVersioned(db, 'indicator', id, version, columns));
  return row ? toIndicatorDto(row) : null;
}

export async function nextIndicatorSortOrder(db: Kysely<Database>, goalId: string, parentId: string | null) {
  const row = await db
    .selectFrom('indicator')
    .select((eb) => eb.fn.max('sort_order').as('max'))
    .where('goal_id', '=', goalId)
    .where('parent_indicator_id', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function countChildren(db: Kysely<Database>, indicatorId: string): Promise<number> {
  const row = await db
    .selectFrom('indicator')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('parent_indicator_id', '=', indicatorId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

// Targets ----------------------------------------------------------------------------------------------

export async function findTarget(db: Kysely<Database>, id: string) {
  return db.selectFrom('indicator_target').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listTargets(
  db: Kysely<Database>,
  indicatorIds: readonly string[],
  years?: { from: number; to: number },
) {
  if (indicatorIds.length === 0) {
    return [];
  }
  let query = db
    .selectFrom('indicator_target')
    .selectAll()
    .where('indicator_id', '=', anyUuid(indicatorIds))
    .orderBy('year')
    .orderBy('part');
  if (years) {
    query = query.where('year', '>=', years.from).where('year', '<=', years.to);
  }
  return query.execute();
}

export interface TargetValues {
  notation: string;
  note: string | null;
  source: string | null;
}

export async function insertTarget(
  db: Kysely<Database>,
  values: TargetValues & { indicatorId: string; year: number; part: IndicatorPart },
) {
  return db
    .insertInto('indicator_target')
    .values({
      indicator_id: values.indicatorId,
      year: values.year,
      part: values.part,
      notation: values.notation,
      note: values.note,
      source: values.source,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateTargetRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: TargetValues,
) {
  return rowOf<Selectable<IndicatorTargetTable>>(
    await updateVersioned(db, 'indicator_target', id, version, { ...values }),
  );
}

export async function deleteVersioned(
  db: Kysely<Database>,
  table: 'indicator_target' | 'indicator_outcome',
  id: string,
  version: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom(table)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

// Outcomes ---------------------------------------------------------------------------------------------

export async function findOutcome(db: Kysely<Database>, id: string) {
  const row = await db.selectFrom('indicator_outcome').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOutcomeDto(row) : null;
}

/** Outcomes of the indicators for the years, reported in rounds whose deadline is on or before `until`. */
export async function listOutcomes(
  db: Kysely<Database>,
  indicatorIds: readonly string[],
  options: { years?: { from: number; to: number }; untilDeadline?: string } = {},
): Promise<OutcomeDto[]> {
  if (indicatorIds.length === 0) {
    return [];
  }
  let query = db
    .selectFrom('indicator_outcome')
    .innerJoin('reporting_round', 'reporting_round.id', 'indicator_outcome.reporting_round_id')
    .selectAll('indicator_outcome')
    .where('indicator_outcome.indicator_id', '=', anyUuid(indicatorIds))
    .orderBy('reporting_round.deadline')
    .orderBy('indicator_outcome.year');
  if (options.years) {
    query = query
      .where('indicator_outcome.year', '>=', options.years.from)
      .where('indicator_outcome.year', '<=', options.years.to);
  }
  if (options.untilDeadline) {
    query = query.where('reporting_round.deadline', '<=', options.untilDeadline);
  }
  return (await query.execute()).map(toOutcomeDto);
}

export type OutcomeValues = Omit<OutcomeDto, 'id' | 'version' | 'indicatorId' | 'reportingRoundId' | 'year'>;

function outcomeColumns(values: OutcomeValues) {
  return {
    from_month: values.fromMonth,
    to_month: values.toMonth,
    is_forecast: values.isForecast,
    reference_year: values.referenceYear,
    total: values.total,
    women: values.women,
    men: values.men,
    total_no_data: values.noData.includes('total'),
    women_no_data: values.noData.includes('women'),
    men_no_data: values.noData.includes('men'),
    no_data_reason: values.noDataReason,
    note: values.note,
    source: values.source,
  };
}

export async function insertOutcome(
  db: Kysely<Database>,
  values: OutcomeValues & { indicatorId: string; reportingRoundId: string; year: number },
) {
  const row = await db
    .insertInto('indicator_outcome')
    .values({
      ...outcomeColumns(values),
      indicator_id: values.indicatorId,
      reporting_round_id: values.reportingRoundId,
      year: values.year,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOutcomeDto(row);
}

export async function updateOutcomeRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  values: OutcomeValues,
) {
  const row = rowOf<Selectable<IndicatorOutcomeTable>>(
    await updateVersioned(db, 'indicator_outcome', id, version, outcomeColumns(values)),
  );
  return row ? toOutcomeDto(row) : null;
}
