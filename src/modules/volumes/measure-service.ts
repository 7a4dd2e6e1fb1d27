/**
 * Use cases for measures and their values, and the unit's tables. Changes go through the platform's one
 * write path, which versions, logs and maps refusals; these functions hold the rules.
 */

import type { ChartModel } from '#core/chart.ts';
import { write } from '#platform/context.ts';
import { nextSortOrder } from '#platform/db/entity-store.ts';
import type { Ctx, Tx } from '../context.ts';
import { getOrgUnit, listOrgUnits } from '../organisation/index.ts';
import type {
  MeasureInput,
  MeasurePackageRecord,
  MeasureUpdate,
  MeasureWithValuesDto,
  ValueInput,
  ValueUpdate,
} from './contract.ts';
import {
  findMeasure,
  findValue,
  listMeasures,
  listValues,
  type Measure,
  type MeasureValue,
} from './db/measure-repository.ts';
import { MAX_CHART_YEARS, MEASURE_CHART_SERIES, measureChart } from './domain/charts.ts';
import { type InterimRound, type LayoutPreset, presetLayout } from './domain/layout.ts';
import { checkValue, isSpanOrdered, MEASURE_KINDS, yearsOutside } from './domain/measure.ts';
import { buildMeasureTable } from './domain/volume-tables.ts';
import { volumesErrors as errors } from './messages.sv.ts';
import { measureEntity, valueEntity } from './model.ts';

type YearRange = { readonly from: number; readonly to: number };

function withValues(measures: readonly Measure[], values: readonly MeasureValue[]): MeasureWithValuesDto[] {
  const byMeasure = new Map<string, MeasureValue[]>();
  for (const value of values) {
    byMeasure.set(value.measureId, [...(byMeasure.get(value.measureId) ?? []), value]);
  }
  return measures.map((measure) => ({ ...measure, values: byMeasure.get(measure.id) ?? [] }));
}

/** A unit's measures with their values; with a range, the measures measured in it and its values. */
export async function listUnitMeasures(
  ctx: Pick<Ctx, 'db'>,
  org: string,
  options: { fromYear?: number; toYear?: number; includeRetired?: boolean } = {},
): Promise<MeasureWithValuesDto[]> {
  const unit = await getOrgUnit(ctx, org);
  const years: YearRange | undefined =
    options.fromYear === undefined && options.toYear === undefined
      ? undefined
      : { from: options.fromYear ?? 1900, to: options.toYear ?? 2200 };
  const measures = await listMeasures(ctx.db, {
    orgUnitIds: [unit.id],
    years,
    includeRetired: options.includeRetired,
  });
  return withValues(
    measures,
    await listValues(
      ctx.db,
      measures.map((measure) => measure.id),
      years,
    ),
  );
}

export async function getMeasure(ctx: Pick<Ctx, 'db'>, id: string): Promise<Measure> {
  const measure = await findMeasure(ctx.db, id);
  if (!measure) {
    throw errors.measure_not_found(id);
  }
  return measure;
}

export async function getMeasureDetail(ctx: Pick<Ctx, 'db'>, id: string): Promise<MeasureWithValuesDto> {
  const measure = await getMeasure(ctx, id);
  return { ...measure, values: await listValues(ctx.db, [id]) };
}

export async function createMeasure(ctx: Ctx, input: MeasureInput): Promise<Measure> {
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    if (!isSpanOrdered(input)) {
      throw errors.validity_reversed();
    }
    const sortOrder =
      input.sortOrder ??
      (await nextSortOrder(tx.db, measureEntity, { org_unit_id: unit.id, kind: input.kind }));
    return tx.insert(measureEntity, { ...input, orgUnitId: unit.id, sortOrder });
  });
}

/** A measure's years may change only so far as its values stay inside them. */
async function checkSpan(tx: Tx, measure: Measure): Promise<void> {
  if (!isSpanOrdered(measure)) {
    throw errors.validity_reversed();
  }
  const outside = yearsOutside(
    measure,
    (await listValues(tx.db, [measure.id])).map((value) => value.year),
  );
  if (outside.length > 0) {
    throw errors.values_outside_validity(outside);
  }
}

export async function updateMeasure(ctx: Ctx, id: string, input: MeasureUpdate): Promise<Measure> {
  return write(ctx, async (tx) => {
    const current = await getMeasure(tx, id);
    const { version, ...patch } = input;
    await checkSpan(tx, { ...current, ...patch });
    return tx.update(measureEntity, current, version, patch);
  });
}

export async function setMeasureRetired(
  ctx: Ctx,
  id: string,
  version: number,
  retired: boolean,
): Promise<Measure> {
  return write(ctx, async (tx) => tx.retire(measureEntity, await getMeasure(tx, id), version, retired));
}

// Values -----------------------------------------------------------------------------------------------

type ValueFields = Omit<MeasureValue, 'id' | 'version'>;

async function checkedValue(ctx: Ctx, value: ValueFields): Promise<void> {
  const measure = await findMeasure(ctx.db, value.measureId);
  if (!measure) {
    throw errors.measure_unknown(value.measureId);
  }
  const problems = checkValue(value, measure);
  if (problems.length > 0) {
    throw errors.value_invalid(problems, measure);
  }
}

export async function createValue(ctx: Ctx, input: ValueInput): Promise<MeasureValue> {
  return write(ctx, async (tx) => {
    await checkedValue(tx, input);
    return tx.insert(valueEntity, input);
  });
}

async function getValue(ctx: Pick<Ctx, 'db'>, id: string): Promise<MeasureValue> {
  const value = await findValue(ctx.db, id);
  if (!value) {
    throw errors.value_not_found(id);
  }
  return value;
}

export async function updateValue(ctx: Ctx, id: string, input: ValueUpdate): Promise<MeasureValue> {
  return write(ctx, async (tx) => {
    const current = await getValue(tx, id);
    const { version, ...patch } = input;
    await checkedValue(tx, { ...current, ...patch });
    return tx.update(valueEntity, current, version, patch);
  });
}

export async function deleteValue(ctx: Ctx, id: string, version: number): Promise<void> {
  await write(ctx, async (tx) => tx.remove(valueEntity, await getValue(tx, id), version));
}

// Tables -----------------------------------------------------------------------------------------------

export interface VolumeTablesRequest {
  readonly org: string;
  readonly year: number;
  readonly layout: LayoutPreset;
  readonly roundKind: InterimRound;
}

/** The unit's volume and personnel tables for a year, in one of the documents' layouts. */
export async function getVolumeTables(ctx: Pick<Ctx, 'db'>, request: VolumeTablesRequest) {
  const unit = await getOrgUnit(ctx, request.org);
  const layout = presetLayout(request.layout, request.year, { round: request.roundKind });
  const years = layout.columns.map((column) => column.year);
  const range = { from: Math.min(...years), to: Math.max(...years) };
  const measures = await listMeasures(ctx.db, { orgUnitIds: [unit.id], years: range });
  const values = await listValues(
    ctx.db,
    measures.map((measure) => measure.id),
    range,
  );
  return {
    orgUnit: { id: unit.id, code: unit.code, name: unit.name },
    year: request.year,
    layout: request.layout,
    tables: MEASURE_KINDS.map((kind) => buildMeasureTable({ kind, measures, values, layout })),
  };
}

// Charts -----------------------------------------------------------------------------------------------

/**
 * A measure's chart over the years asked for; without them, over the years it has values the chart draws
 * (its first year when it has none).
 */
export async function measureChartOf(
  ctx: Pick<Ctx, 'db'>,
  id: string,
  years: { fromYear?: number; toYear?: number },
): Promise<ChartModel> {
  const measure = await getMeasure(ctx, id);
  const values = await listValues(ctx.db, [id]);
  const drawn = values
    .filter((value) => MEASURE_CHART_SERIES.some((series) => series.valueKind === value.kind))
    .map((value) => value.year);
  const first = drawn.length > 0 ? Math.min(...drawn) : measure.validFromYear;
  // Only the end given: from the first year drawn, or from the end itself when it comes before that.
  const fromYear = years.fromYear ?? Math.min(first, years.toYear ?? first);
  const toYear = years.toYear ?? Math.max(...drawn, fromYear);
  if (toYear < fromYear) {
    throw errors.chart_years_reversed();
  }
  if (toYear - fromYear + 1 > MAX_CHART_YEARS) {
    throw errors.chart_years_too_many(MAX_CHART_YEARS);
  }
  return measureChart({ measure, values, fromYear, toYear });
}

// The data package -------------------------------------------------------------------------------------

/** Saves measures from a data package, their units named by code. */
export async function saveImportedMeasures(
  tx: Tx,
  created: readonly MeasurePackageRecord[],
  updated: readonly { after: MeasurePackageRecord }[],
): Promise<void> {
  const units = new Map((await listOrgUnits(tx.db)).map((unit) => [unit.code, unit.id]));
  const values = ({ orgUnit, ...measure }: MeasurePackageRecord) => ({
    ...measure,
    orgUnitId: units.get(orgUnit) ?? orgUnit,
  });
  await tx.saveRecords(
    measureEntity,
    created.map(values),
    updated.map(({ after }) => values(after)),
  );
}
