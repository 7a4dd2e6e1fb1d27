/** Reading indicators, targets and outcomes. Writes go through the platform's write path. */

import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import { indicatorEntity, outcomeEntity, targetEntity } from '../model.ts';

export type Indicator = EntityDto<typeof indicatorEntity>;
export type Target = EntityDto<typeof targetEntity>;
export type Outcome = EntityDto<typeof outcomeEntity>;

type Row = Record<string, unknown>;
const toIndicator = (row: object) => fromRow(indicatorEntity, row as Row);
const toTarget = (row: object) => fromRow(targetEntity, row as Row);
const toOutcome = (row: object) => fromRow(outcomeEntity, row as Row);

export async function findIndicator(db: Kysely<Database>, id: string): Promise<Indicator | null> {
  const row = await db.selectFrom('indicator').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toIndicator(row) : null;
}

export async function listIndicators(
  db: Kysely<Database>,
  goalIds: readonly string[],
  includeRetired = false,
): Promise<Indicator[]> {
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
  return (await query.execute()).map(toIndicator);
}

export async function countChildren(db: Kysely<Database>, indicatorId: string): Promise<number> {
  const row = await db
    .selectFrom('indicator')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('parent_indicator_id', '=', indicatorId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function findTarget(db: Kysely<Database>, id: string): Promise<Target | null> {
  const row = await db.selectFrom('indicator_target').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTarget(row) : null;
}

export async function listTargets(
  db: Kysely<Database>,
  indicatorIds: readonly string[],
  years?: { from: number; to: number },
): Promise<Target[]> {
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
  return (await query.execute()).map(toTarget);
}

export async function findOutcome(db: Kysely<Database>, id: string): Promise<Outcome | null> {
  const row = await db.selectFrom('indicator_outcome').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOutcome(row) : null;
}

/** Outcomes of the indicators, optionally for some years, in the order of their rounds. */
export async function listOutcomes(
  db: Kysely<Database>,
  indicatorIds: readonly string[],
  options: { years?: { from: number; to: number } } = {},
): Promise<Outcome[]> {
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
  return (await query.execute()).map(toOutcome);
}
