/**
 * The economy module's part of the data package (docs/adr/0009-data-package-sections.md): the mapping of
 * the ledger onto the organisation (cost centres, account ranges), budget lines, forecasts, frames and
 * frame adjustments, the budget bridge's changes, and closed years. Records name their units by code and
 * match stored ones by id or by natural key; writes go through the write path, so versions and the change
 * log are kept. The ledger itself is not here: SIE files are its source and are loaded as such.
 *
 * Closed years: a year's budget lines, forecasts and budget changes are locked while its closing stands
 * (closing-service.ts). Closings come last, so a package may carry a year's figures and its closing
 * together; a new or changed figure in a year that the installation has already closed is refused, naming
 * the record. That rule is applied as the figures are written, since only then is it known which records
 * change – an unchanged record in a closed year is no change and passes.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { type AnyEntity, snakeCase } from '#core/entity.ts';
import { DomainError, type FieldProblem } from '#core/errors.ts';
import { fromRow } from '#platform/db/entity-store.ts';
import type { Ctx, Tx } from '../context.ts';
import { listOrgUnits } from '../organisation/index.ts';
import type { PackageSection, Reference } from '../package-section.ts';
import { defaultRoundName } from '../planning/domain/index.ts';
import { listClosings } from './closing-service.ts';
import { checkForecastFigures } from './domain/forecast.ts';
import { economyErrors as errors } from './messages.sv.ts';
import {
  accountRangeEntity,
  budgetChangeEntity,
  budgetLineEntity,
  closingEntity,
  costCentreEntity,
  FORECAST_ROUNDS,
  forecastEntity,
  frameAdjustmentEntity,
  frameEntity,
} from './model.ts';
import {
  type AccountRangePackageRecord,
  accountRangePackageRecord,
  type BudgetChangePackageRecord,
  type BudgetFramePackageRecord,
  type BudgetLinePackageRecord,
  budgetChangePackageRecord,
  budgetFramePackageRecord,
  budgetLinePackageRecord,
  type ClosingPackageRecord,
  type CostCentrePackageRecord,
  closingPackageRecord,
  costCentrePackageRecord,
  type ForecastPackageRecord,
  type FrameAdjustmentPackageRecord,
  forecastPackageRecord,
  frameAdjustmentPackageRecord,
} from './package-contract.ts';

// A table chosen per section at run time, as entity-store.ts reads and writes them: every section passes
// an entity whose table and columns are derived from the same definition.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

type Row = Record<string, unknown>;

/** How a section's records are kept: the entity, its unit fields, its year and how it is found. */
interface Storage {
  readonly entity: AnyEntity;
  /** Each stored unit id field and the package field naming the unit by code: `orgUnitId` → `orgUnit`. */
  readonly units: Readonly<Record<string, string>>;
  /**
   * The field a year scope selects by; `inForce` for records that apply from their year on (an adjustment
   * from 2020 is part of 2023's frames). Without it, every year's records are exported.
   */
  readonly year?: { readonly field: string; readonly inForce?: boolean };
  /** Stored records an import matches against: those of the batch's units and years, or all (few). */
  readonly existing: 'byUnitAndYear' | 'all';
  /** A closed year's records are locked (closing-service.ts). */
  readonly lockedWhenClosed?: boolean;
}

interface Filter {
  readonly ids?: readonly string[];
  /** Records of any of these units, in any of their unit fields. */
  readonly unitIds?: readonly string[];
  /** Records of one of these years. */
  readonly years?: readonly number[];
  /** Records of a year scope: of that year, or in force in it. */
  readonly inYear?: number;
}

const anyOf = (values: readonly unknown[], type: 'uuid' | 'int') =>
  type === 'uuid' ? sql`any(${[...values]}::uuid[])` : sql`any(${[...values]}::int[])`;

async function storedRecords(db: AnyDb, storage: Storage, filter: Filter): Promise<Row[]> {
  if ([filter.ids, filter.unitIds, filter.years].some((values) => values?.length === 0)) {
    return [];
  }
  const { entity, units, year } = storage;
  let query = db.selectFrom(entity.table).selectAll();
  if (filter.ids) {
    query = query.where('id', '=', anyOf(filter.ids, 'uuid'));
  }
  const { unitIds } = filter;
  if (unitIds) {
    query = query.where((eb) =>
      eb.or(Object.keys(units).map((field) => eb(snakeCase(field), '=', anyOf(unitIds, 'uuid')))),
    );
  }
  if (year && filter.years) {
    query = query.where(snakeCase(year.field), '=', anyOf(filter.years, 'int'));
  }
  if (year && filter.inYear !== undefined) {
    query = query.where(snakeCase(year.field), year.inForce ? '<=' : '=', filter.inYear);
  }
  return (await query.execute()).map((row) => fromRow(entity, row) as Row);
}

/** Stored records as the package holds them: without their versions, units by code. */
async function asPackageRecords<R>(ctx: Pick<Ctx, 'db'>, storage: Storage, filter: Filter): Promise<R[]> {
  const rows = await storedRecords(ctx.db, storage, filter);
  const codes = new Map((await listOrgUnits(ctx.db)).map((unit) => [unit.id, unit.code]));
  return rows.map(({ version: _version, ...record }) => {
    for (const [field, coded] of Object.entries(storage.units)) {
      const id = record[field] as string;
      delete record[field];
      record[coded] = codes.get(id) ?? id;
    }
    return record as R;
  });
}

async function unitIdsOf(ctx: Pick<Ctx, 'db'>, codes: Iterable<string>): Promise<string[]> {
  const wanted = new Set(codes);
  return (await listOrgUnits(ctx.db)).filter((unit) => wanted.has(unit.code)).map((unit) => unit.id);
}

/** Refuses new or changed records in a year the installation has closed, naming each one. */
async function refuseClosedYears<R extends { id: string }>(
  tx: Tx,
  section: Pick<PackageSection<R>, 'list' | 'title'>,
  changes: readonly { before: R | null; after: R }[],
  yearOf: (record: R) => number | undefined,
): Promise<void> {
  const closed = new Set((await listClosings(tx)).map((closing) => closing.year));
  const problems = changes.flatMap(({ before, after }): FieldProblem[] => {
    const year = [before ?? after, after].map(yearOf).find((candidate) => closed.has(candidate as number));
    if (year === undefined) {
      return [];
    }
    const message = errors.year_closed.text(year);
    return [{ path: `$.${section.list}[*].year`, message, record: section.title(after), value: year }];
  });
  const [first] = problems;
  if (first) {
    throw new DomainError(errors.year_closed.code, 'conflict', first.message, problems);
  }
}

type Spec<R extends { id: string }> = Pick<
  PackageSection<R>,
  'list' | 'label' | 'plural' | 'record' | 'references' | 'title' | 'naturalKey' | 'order'
> & {
  readonly storage: Storage;
  readonly check?: PackageSection<R>['check'];
};

/** A section whose records are one entity's rows, found and written as its storage says. */
function economySection<R extends { id: string }>(spec: Spec<R>): PackageSection<R> {
  const { storage } = spec;
  const unitFields = Object.values(storage.units);
  const yearOf = (record: R) =>
    storage.year ? ((record as Record<string, unknown>)[storage.year.field] as number) : undefined;
  return {
    list: spec.list,
    label: spec.label,
    plural: spec.plural,
    record: spec.record,
    references: spec.references,
    key: (record) => record.id,
    title: spec.title,
    naturalKey: spec.naturalKey,
    order: spec.order,
    async select(ctx, scope, chosen) {
      if (scope.org === undefined) {
        return asPackageRecords(ctx, storage, {});
      }
      const unitIds =
        unitFields.length === 0 ? undefined : await unitIdsOf(ctx, chosen.get('orgUnits') ?? []);
      return asPackageRecords(ctx, storage, { unitIds, inYear: scope.year });
    },
    byKeys: (ctx, ids) => asPackageRecords(ctx, storage, { ids }),
    async findExisting(ctx, batch) {
      const byId = await asPackageRecords<R>(ctx, storage, { ids: batch.map((record) => record.id) });
      if (storage.existing === 'all') {
        return [...(await asPackageRecords<R>(ctx, storage, {})), ...byId];
      }
      const codes = batch.flatMap((record) =>
        unitFields.map((field) => (record as Record<string, unknown>)[field] as string),
      );
      const years = storage.year ? [...new Set(batch.map((record) => yearOf(record) as number))] : undefined;
      return [
        ...(await asPackageRecords<R>(ctx, storage, { unitIds: await unitIdsOf(ctx, codes), years })),
        ...byId,
      ];
    },
    facts: () => null,
    check: spec.check ?? (() => []),
    async write(tx, created, updated) {
      if (storage.lockedWhenClosed) {
        const changes = [...created.map((after) => ({ before: null, after })), ...updated];
        await refuseClosedYears(tx, spec, changes, yearOf);
      }
      const ids = new Map((await listOrgUnits(tx.db)).map((unit) => [unit.code, unit.id]));
      const stored = (record: R) => {
        const values: Row = { ...record };
        for (const [field, coded] of Object.entries(storage.units)) {
          values[field] = ids.get(values[coded] as string) ?? values[coded];
          delete values[coded];
        }
        return values as { id: string };
      };
      await tx.saveRecords(
        storage.entity,
        created.map(stored) as never[],
        updated.map(({ after }) => stored(after)) as never[],
      );
    },
  };
}

/** Sorts by the keys in turn: strings, numbers and nulls (first). */
const sortedBy =
  <R>(key: (record: R) => readonly (string | number | null)[]) =>
  (records: readonly R[]): R[] =>
    [...records].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const at = x.findIndex((value, index) => value !== y[index]);
      if (at < 0) {
        return 0;
      }
      const [left, right] = [x[at] ?? null, y[at] ?? null];
      return left === null ? -1 : right === null ? 1 : left < right ? -1 : 1;
    });

const unitRef: Reference = { field: 'orgUnit', list: 'orgUnits' };
const byUnit = { orgUnitId: 'orgUnit' };

// The mapping of the ledger --------------------------------------------------------------------------

export const costCentresSection = economySection<CostCentrePackageRecord>({
  list: 'costCentres',
  label: costCentreEntity.label,
  plural: 'kostnadsställen',
  record: costCentrePackageRecord,
  references: [unitRef],
  title: (centre) =>
    centre.dimension === 1 ? centre.code : `${centre.code} (dimension ${centre.dimension})`,
  naturalKey: (centre) => `${centre.dimension}|${centre.code}`,
  order: sortedBy((centre) => [centre.dimension, centre.code]),
  // A cost centre matches by dimension and code, whichever unit it belongs to: all of them (a few hundred).
  storage: { entity: costCentreEntity, units: byUnit, existing: 'all' },
});

/** Same test as the form's (mapping-service.ts): an account range may not end before it starts. */
const isReversed = (range: AccountRangePackageRecord) =>
  range.toAccount.padEnd(10, '9') < range.fromAccount.padEnd(10, '0');

export const accountRangesSection = economySection<AccountRangePackageRecord>({
  list: 'accountRanges',
  label: accountRangeEntity.label,
  plural: 'kontointervall',
  record: accountRangePackageRecord,
  references: [],
  title: (range) => `${range.fromAccount}–${range.toAccount}`,
  naturalKey: (range) => `${range.fromAccount}|${range.toAccount}`,
  order: sortedBy((range) => [range.fromAccount, range.toAccount, range.id]),
  // The installation's chart of accounts: the same for every unit and year, so always exported.
  storage: { entity: accountRangeEntity, units: {}, existing: 'all' },
  check: (range) =>
    isReversed(range)
      ? [{ field: 'toAccount', message: errors.account_range_reversed.text(), value: range.toAccount }]
      : [],
});

// Budgets and forecasts ------------------------------------------------------------------------------

const perUnitAndYear: Storage = {
  entity: budgetLineEntity,
  units: byUnit,
  year: { field: 'year' },
  existing: 'byUnitAndYear',
};

export const budgetLinesSection = economySection<BudgetLinePackageRecord>({
  list: 'budgetLines',
  label: budgetLineEntity.label,
  plural: 'budgetrader',
  record: budgetLinePackageRecord,
  references: [unitRef],
  title: (line) =>
    `${line.orgUnit} ${line.year} konto ${line.account}${line.month === null ? '' : `, månad ${line.month}`}`,
  naturalKey: (line) => `${line.orgUnit}|${line.year}|${line.account}|${line.month ?? ''}`,
  order: sortedBy((line) => [line.orgUnit, line.year, line.account, line.month]),
  storage: { ...perUnitAndYear, lockedWhenClosed: true },
});

export const forecastsSection = economySection<ForecastPackageRecord>({
  list: 'forecasts',
  label: forecastEntity.label,
  plural: 'prognoser',
  record: forecastPackageRecord,
  references: [unitRef],
  title: (forecast) => `${forecast.orgUnit} ${defaultRoundName(forecast.round, forecast.year)}`,
  naturalKey: (forecast) => `${forecast.orgUnit}|${forecast.year}|${forecast.round}`,
  order: sortedBy((forecast) => [forecast.orgUnit, forecast.year, FORECAST_ROUNDS.indexOf(forecast.round)]),
  storage: { ...perUnitAndYear, entity: forecastEntity, lockedWhenClosed: true },
  check: (forecast) =>
    checkForecastFigures(forecast).map(({ path, message, value }) => ({ field: path, message, value })),
});

// Frames -----------------------------------------------------------------------------------------------

export const framesSection = economySection<BudgetFramePackageRecord>({
  list: 'budgetFrames',
  label: frameEntity.label,
  plural: 'ramar',
  record: budgetFramePackageRecord,
  references: [unitRef],
  title: (frame) => `${frame.orgUnit} ${frame.year}`,
  naturalKey: (frame) => `${frame.orgUnit}|${frame.year}`,
  order: sortedBy((frame) => [frame.orgUnit, frame.year]),
  storage: { ...perUnitAndYear, entity: frameEntity },
});

export const frameAdjustmentsSection = economySection<FrameAdjustmentPackageRecord>({
  list: 'frameAdjustments',
  label: frameAdjustmentEntity.label,
  plural: 'ramjusteringar',
  record: frameAdjustmentPackageRecord,
  references: [
    { field: 'fromUnit', list: 'orgUnits' },
    { field: 'toUnit', list: 'orgUnits' },
  ],
  title: (adjustment) =>
    `${adjustment.fromUnit} → ${adjustment.toUnit} från ${adjustment.fromYear}: ${adjustment.reason}`,
  naturalKey: (adjustment) =>
    `${adjustment.fromUnit}|${adjustment.toUnit}|${adjustment.fromYear}|${adjustment.reason}`,
  order: sortedBy((adjustment) => [
    adjustment.fromYear,
    adjustment.fromUnit,
    adjustment.toUnit,
    adjustment.reason,
    adjustment.id,
  ]),
  // An adjustment moves frame from its year on: a year's package holds those in force that year.
  storage: {
    entity: frameAdjustmentEntity,
    units: { fromUnitId: 'fromUnit', toUnitId: 'toUnit' },
    year: { field: 'fromYear', inForce: true },
    existing: 'byUnitAndYear',
  },
  check: (adjustment) =>
    adjustment.fromUnit === adjustment.toUnit
      ? [{ field: 'toUnit', message: errors.adjustment_same_unit.text(), value: adjustment.toUnit }]
      : [],
});

// The bridge and closed years ------------------------------------------------------------------------

export const budgetChangesSection = economySection<BudgetChangePackageRecord>({
  list: 'budgetChanges',
  label: budgetChangeEntity.label,
  plural: 'budgetförändringar',
  record: budgetChangePackageRecord,
  references: [unitRef],
  title: (change) => `${change.orgUnit} ${change.year}: ${change.description}`,
  naturalKey: (change) => `${change.orgUnit}|${change.year}|${change.category}|${change.description}`,
  order: sortedBy((change) => [change.orgUnit, change.year, change.category, change.description, change.id]),
  storage: { ...perUnitAndYear, entity: budgetChangeEntity, lockedWhenClosed: true },
});

/**
 * Closed years, written after every figure of theirs. A closing is taken as decided: the rule that only a
 * whole ledger can be closed is not checked here, since the ledger is not in the package.
 */
export const closingsSection = economySection<ClosingPackageRecord>({
  list: 'ledgerClosings',
  label: closingEntity.label,
  plural: 'stängda bokslut',
  record: closingPackageRecord,
  references: [],
  title: (closing) => `Bokslut ${closing.year}`,
  naturalKey: (closing) => String(closing.year),
  order: sortedBy((closing) => [closing.year]),
  storage: { entity: closingEntity, units: {}, year: { field: 'year' }, existing: 'all' },
});

/** In the order an import writes them: every list after those it refers to, closed years last. */
export const economyPackageSections = [
  costCentresSection,
  accountRangesSection,
  budgetLinesSection,
  forecastsSection,
  framesSection,
  frameAdjustmentsSection,
  budgetChangesSection,
  closingsSection,
];
