/**
 * The volumes module's part of the data package: measures and their values. A measure names its unit by
 * code and matches a stored one by id or by unit, kind, name and first year; a value by measure, year,
 * kind and period. The rules are the domain's pure functions; the writers go through the write path.
 */

import type { Ctx } from '../context.ts';
import { listOrgUnits } from '../organisation/index.ts';
import {
  existingUnder,
  type PackageSection,
  type RecordProblem,
  similarName,
  storedAs,
  withoutVersion,
} from '../package-section.ts';
import {
  type MeasurePackageRecord,
  measurePackageRecord,
  type ValuePackageRecord,
  valuePackageRecord,
} from './contract.ts';
import { listMeasures, listValues, type Measure, type MeasureFilter } from './db/measure-repository.ts';
import { checkValue, isSpanOrdered, type MeasureSpan } from './domain/measure.ts';
import { saveImportedMeasures } from './measure-service.ts';
import { volumesErrors as errors, valueProblemMessage } from './messages.sv.ts';
import { measureEntity, valueEntity } from './model.ts';

const compare = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);

async function asMeasureRecords(
  ctx: Pick<Ctx, 'db'>,
  measures: readonly Measure[],
): Promise<MeasurePackageRecord[]> {
  const codes = new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit.code]));
  return measures.map(({ orgUnitId, version: _version, ...measure }) => ({
    ...measure,
    orgUnit: codes.get(orgUnitId) ?? orgUnitId,
  }));
}

async function measuresOf(ctx: Pick<Ctx, 'db'>, filter: MeasureFilter): Promise<MeasurePackageRecord[]> {
  return asMeasureRecords(ctx, await listMeasures(ctx.db, { ...filter, includeRetired: true }));
}

async function unitIds(ctx: Pick<Ctx, 'db'>, codes: ReadonlySet<string>): Promise<string[]> {
  return (await listOrgUnits(ctx.db)).filter((unit) => codes.has(unit.code)).map((unit) => unit.id);
}

export const measuresSection: PackageSection<MeasurePackageRecord> = {
  list: 'volumeMeasures',
  label: measureEntity.label,
  plural: 'volym- och personalmått',
  record: measurePackageRecord,
  references: [{ field: 'orgUnit', list: 'orgUnits' }],
  key: (measure) => measure.id,
  title: (measure) => measure.name,
  naturalKey: (measure) => `${measure.orgUnit}|${measure.kind}|${measure.validFromYear}|${measure.name}`,
  similarKey: (measure) => `${measure.orgUnit}|${measure.kind}|${similarName(measure.name)}`,
  order: (measures) =>
    [...measures].sort(
      (a, b) =>
        compare(a.orgUnit, b.orgUnit) ||
        compare(a.kind, b.kind) ||
        a.sortOrder - b.sortOrder ||
        compare(a.id, b.id),
    ),
  async select(ctx, scope, chosen) {
    if (scope.org === undefined) {
      return measuresOf(ctx, {});
    }
    return measuresOf(ctx, {
      orgUnitIds: await unitIds(ctx, chosen.get('orgUnits') ?? new Set()),
      years: scope.year === undefined ? undefined : { from: scope.year, to: scope.year },
    });
  },
  byKeys: (ctx, ids) => measuresOf(ctx, { ids }),
  async findExisting(ctx, batch) {
    const units = await unitIds(ctx, new Set(batch.map((measure) => measure.orgUnit)));
    return [
      ...(await measuresOf(ctx, { orgUnitIds: units })),
      ...(await measuresOf(ctx, { ids: batch.map((measure) => measure.id) })),
    ];
  },
  facts: (measure): MeasureSpan => ({
    validFromYear: measure.validFromYear,
    validToYear: measure.validToYear,
  }),
  check(measure) {
    const problems: RecordProblem[] = [];
    if (!isSpanOrdered(measure)) {
      problems.push({
        field: 'validToYear',
        message: errors.validity_reversed.text(),
        value: measure.validToYear,
      });
    }
    return problems;
  },
  write: saveImportedMeasures,
};

export const valuesSection: PackageSection<ValuePackageRecord> = {
  list: 'volumeValues',
  label: valueEntity.label,
  plural: 'volym- och personalvärden',
  record: valuePackageRecord,
  references: [{ field: 'measureId', list: 'volumeMeasures' }],
  key: (value) => value.id,
  title: (value) => `${value.kind} ${value.year} (${value.period})`,
  naturalKey: (value) => `${value.measureId}|${value.year}|${value.kind}|${value.period}`,
  order: (values) =>
    [...values].sort(
      (a, b) =>
        compare(a.measureId, b.measureId) ||
        a.year - b.year ||
        compare(a.kind, b.kind) ||
        compare(a.period, b.period),
    ),
  select: async (ctx, _scope, chosen) =>
    (await listValues(ctx.db, [...(chosen.get('volumeMeasures') ?? [])])).map(withoutVersion),
  ...storedAs(valueEntity),
  findExisting: existingUnder(
    valueEntity,
    (value) => value.measureId,
    (ctx, measureIds) => listValues(ctx.db, measureIds),
  ),
  facts: () => null,
  check(value, lookup) {
    const measure = lookup('volumeMeasures', value.measureId) as MeasureSpan | undefined;
    if (!measure) {
      return [];
    }
    return checkValue(value, measure).map((problem) => ({
      field: problem.path,
      message: valueProblemMessage(problem, measure),
      value: value[problem.path],
    }));
  },
};
