/** Reading the internal-control tables. Writes go through the platform's write path. */

import type { Kysely } from 'kysely';
import type { EntityDto } from '#core/entity.ts';
import { anyUuid } from '#platform/db/any-of.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Database } from '../../database.ts';
import {
  actionEntity,
  analysisEntity,
  controlEntity,
  resultEntity,
  riskEntity,
  settingsEntity,
} from '../model.ts';

export type Settings = EntityDto<typeof settingsEntity>;
export type Analysis = EntityDto<typeof analysisEntity>;
export type Risk = EntityDto<typeof riskEntity>;
export type Control = EntityDto<typeof controlEntity>;
export type ControlResult = EntityDto<typeof resultEntity>;
export type Action = EntityDto<typeof actionEntity>;

type Db = Kysely<Database>;
type Row = Record<string, unknown>;

export async function findSettings(db: Db): Promise<Settings | null> {
  const row = await db.selectFrom('internal_control_settings').selectAll().executeTakeFirst();
  return row ? fromRow(settingsEntity, row as Row) : null;
}

export interface UnitYearFilter {
  readonly ids?: readonly string[];
  readonly orgUnitIds?: readonly string[];
  readonly year?: number;
  readonly years?: readonly number[];
}

export async function listAnalyses(db: Db, filter: UnitYearFilter): Promise<Analysis[]> {
  let query = db.selectFrom('risk_analysis').selectAll().orderBy('year').orderBy('date').orderBy('id');
  if (filter.year !== undefined) {
    query = query.where('year', '=', filter.year);
  }
  for (const [column, ids] of [
    ['id', filter.ids],
    ['org_unit_id', filter.orgUnitIds],
  ] as const) {
    if (ids !== undefined) {
      if (ids.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(ids));
    }
  }
  return (await query.execute()).map((row) => fromRow(analysisEntity, row as Row));
}

export interface RiskFilter {
  readonly ids?: readonly string[];
  readonly analysisIds?: readonly string[];
  readonly escalatedToUnitIds?: readonly string[];
}

export async function listRisks(db: Db, filter: RiskFilter): Promise<Risk[]> {
  let query = db.selectFrom('risk').selectAll().orderBy('analysis_id').orderBy('created_at').orderBy('id');
  for (const [column, ids] of [
    ['id', filter.ids],
    ['analysis_id', filter.analysisIds],
    ['escalated_to_unit_id', filter.escalatedToUnitIds],
  ] as const) {
    if (ids !== undefined) {
      if (ids.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(ids));
    }
  }
  return (await query.execute()).map((row) => fromRow(riskEntity, row as Row));
}

export interface ControlFilter extends UnitYearFilter {
  readonly common?: boolean;
  readonly previousControlIds?: readonly string[];
  readonly riskIds?: readonly string[];
}

export async function listControls(db: Db, filter: ControlFilter): Promise<Control[]> {
  let query = db.selectFrom('control').selectAll().orderBy('year').orderBy('sort_order').orderBy('id');
  if (filter.year !== undefined) {
    query = query.where('year', '=', filter.year);
  }
  if (filter.years !== undefined) {
    if (filter.years.length === 0) {
      return [];
    }
    query = query.where('year', 'in', [...filter.years]);
  }
  if (filter.common !== undefined) {
    query = query.where('common', '=', filter.common);
  }
  for (const [column, ids] of [
    ['id', filter.ids],
    ['org_unit_id', filter.orgUnitIds],
    ['previous_control_id', filter.previousControlIds],
    ['risk_id', filter.riskIds],
  ] as const) {
    if (ids !== undefined) {
      if (ids.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(ids));
    }
  }
  return (await query.execute()).map((row) => fromRow(controlEntity, row as Row));
}

export interface ResultFilter {
  readonly ids?: readonly string[];
  readonly controlIds?: readonly string[];
  readonly orgUnitIds?: readonly string[];
  readonly reportingRoundIds?: readonly string[];
  readonly escalatedToUnitIds?: readonly string[];
}

export async function listResults(db: Db, filter: ResultFilter): Promise<ControlResult[]> {
  let query = db
    .selectFrom('control_result')
    .selectAll()
    .orderBy('control_id')
    .orderBy('created_at')
    .orderBy('id');
  for (const [column, ids] of [
    ['id', filter.ids],
    ['control_id', filter.controlIds],
    ['org_unit_id', filter.orgUnitIds],
    ['reporting_round_id', filter.reportingRoundIds],
    ['escalated_to_unit_id', filter.escalatedToUnitIds],
  ] as const) {
    if (ids !== undefined) {
      if (ids.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(ids));
    }
  }
  return (await query.execute()).map((row) => fromRow(resultEntity, row as Row));
}

export async function listActions(
  db: Db,
  filter: { readonly ids?: readonly string[]; readonly resultIds?: readonly string[] },
): Promise<Action[]> {
  let query = db
    .selectFrom('control_action')
    .selectAll()
    .orderBy('deadline')
    .orderBy('created_at')
    .orderBy('id');
  for (const [column, ids] of [
    ['id', filter.ids],
    ['result_id', filter.resultIds],
  ] as const) {
    if (ids !== undefined) {
      if (ids.length === 0) {
        return [];
      }
      query = query.where(column, '=', anyUuid(ids));
    }
  }
  return (await query.execute()).map((row) => fromRow(actionEntity, row as Row));
}
