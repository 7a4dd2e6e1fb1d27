/**
 * The operating statement (driftsammandrag) of a unit, built from the ledger and the budget: a row per child
 * unit. For a whole year, as the annual report prints it (002:134-147): Bokslut, Budget, Avvikelse
 * (favourable positive) and last year's Bokslut. For part of a year, as the interim report does
 * (004:169-182): actual to date against the same months last year, the change, the year's budget and last
 * year's closing. Forecast and plan-year columns join when forecasts exist.
 */
import { longMonthName, type Month, roundEndMonth, shortMonthName } from '#core/period.ts';
import type { TableModel } from '#core/table.ts';
import type { Ctx } from '../context.ts';
import { getListedOrgUnit, isValidInYear, listOrganisation, type OrgUnit } from '../organisation/index.ts';
import { budgetTree, ledgerTree, type TreeScope } from './cached-sums.ts';
import type { StatementQuery } from './contract.ts';
import { lastLedgerMonth } from './db/ledger-repository.ts';
import { forecastOf, ownRowForecast } from './domain/forecast.ts';
import { OWN_ROW, rollUp, type SubtreeSums } from './domain/rollup.ts';
import {
  type Amounts,
  buildOperatingStatement,
  type GrossAmounts,
  type StatementColumn,
} from './domain/statement/index.ts';
import { forecastAmounts } from './forecast-service.ts';

const NOTHING_BOOKED: GrossAmounts = { costs: 0n, revenues: 0n };

/**
 * The operating statement of a unit; `scopeId`, a unit at or above it, is what a document reads its sums
 * for, so that its statements share one read (the unit itself when not given).
 */
export async function operatingStatement(
  ctx: Ctx,
  query: StatementQuery,
  scopeId?: string,
): Promise<TableModel> {
  const root = await getListedOrgUnit(ctx, query.org);
  const scope: TreeScope = { rootId: root.id, scopeId };
  if (query.planYears !== undefined) {
    return budgetStatement(ctx, query, query.planYears, root, scope);
  }
  const { year, round } = query;
  // Up to the month asked for (or the round's last month), else the last month the ledger has; a year
  // without a ledger (a budget year) is shown whole, its actual columns empty.
  const throughMonth = (query.throughMonth ??
    (round ? roundEndMonth(round) : await lastLedgerMonth(ctx.db, year)) ??
    12) as Month;
  const lastYear = ledgerTree(ctx, year - 1, 12, scope);
  const [units, current, previous, previousYear, budget, forecasts] = await Promise.all([
    listOrganisation(ctx),
    ledgerTree(ctx, year, throughMonth, scope),
    // Up to December, the same months last year are last year's whole: one query, not two.
    throughMonth === 12 ? lastYear : ledgerTree(ctx, year - 1, throughMonth, scope),
    lastYear,
    budgetTree(ctx, year, scope),
    round ? forecastAmounts(ctx, year, round) : new Map<string, Amounts>(),
  ]);
  // A period with no ledger at all has no figures (printed empty); a unit with no rows in a loaded period
  // has zero.
  const rolled = (tree: SubtreeSums | null) => (tree === null ? null : rollUp(tree, root.id));
  const byColumn: Record<string, Map<string, GrossAmounts> | null> = {
    actual: rolled(current),
    previous: rolled(previous),
    closing: rolled(previousYear),
    budget: rolled(budget),
  };
  const children = childrenOf(units, root.id, year);
  // A unit that has not forecast has no forecast: printed empty, not zero.
  const forecastRows = new Map<string, Amounts | null>([
    ...children.map((unit) => [unit.id, forecastOf(unit.id, units, forecasts)] as const),
    [OWN_ROW, ownRowForecast(root.id, units, forecasts)],
  ]);
  const hasOwn =
    Object.values(byColumn).some((rows) => rows?.has(OWN_ROW)) || forecastRows.get(OWN_ROW) != null;
  const rows = statementRows(root, children, hasOwn);
  const period = round
    ? `prognos ${longMonthName(roundEndMonth(round))} ${year}`
    : throughMonth === 12
      ? String(year)
      : `januari–${longMonthName(throughMonth)} ${year}`;
  return buildOperatingStatement({
    key: `statement-${root.code}-${year}-${throughMonth}-${round ?? 'actual'}`,
    caption: `Driftsammandrag ${root.name} ${period}`,
    unit: query.unit,
    signConvention: query.sign,
    varianceConvention: 'favourablePositive',
    columns: statementColumns(year, throughMonth, round !== undefined),
    rows,
    totalLabel: 'Summa',
    detailRows: query.details === 'true',
    totalDetailRows: query.details !== 'none',
    amounts: (rowKey, columnKey) => {
      if (columnKey === 'forecast') {
        return forecastRows.get(rowKey) ?? null;
      }
      const column = byColumn[columnKey];
      return column ? (column.get(rowKey) ?? NOTHING_BOOKED) : null;
    },
  });
}

function childrenOf(units: readonly OrgUnit[], rootId: string, year: number): OrgUnit[] {
  return units.filter((unit) => unit.parentId === rootId && isValidInYear(unit, year));
}

/** A row per child unit, and one for what is booked on the unit itself when there is any. */
function statementRows(root: OrgUnit, children: readonly OrgUnit[], hasOwn: boolean) {
  return [
    ...children.map((unit) => ({ key: unit.id, name: unit.name, ref: { kind: 'orgUnit', id: unit.id } })),
    ...(hasOwn
      ? [{ key: OWN_ROW, name: `${root.name}, direkt`, ref: { kind: 'orgUnit', id: root.id } }]
      : []),
  ];
}

/**
 * The budget document's statement (000:302-319, "Förvaltningschefens förslag till driftsammandrag"):
 * Bokslut two years back, last year's budget, the year's budget and its plan years, per child unit.
 */
async function budgetStatement(
  ctx: Ctx,
  query: StatementQuery,
  planYears: number,
  root: OrgUnit,
  scope: TreeScope,
): Promise<TableModel> {
  const { year } = query;
  const closingYear = year - 2;
  const budgetYears = Array.from({ length: planYears + 2 }, (_, index) => year - 1 + index);
  const [units, closing, ...budgets] = await Promise.all([
    listOrganisation(ctx),
    ledgerTree(ctx, closingYear, 12, scope),
    ...budgetYears.map((budgetYear) => budgetTree(ctx, budgetYear, scope)),
  ]);
  const rolled = (tree: SubtreeSums | null) => (tree === null ? null : rollUp(tree, root.id));
  const columns: StatementColumn[] = [
    { key: 'closing', label: `Bokslut ${closingYear}`, kind: 'amount' },
    ...budgetYears.map((budgetYear) => ({
      key: String(budgetYear),
      label: `${budgetYear > year ? 'Plan' : 'Budget'} ${budgetYear}`,
      kind: 'amount' as const,
    })),
  ];
  const byColumn = new Map<string, Map<string, GrossAmounts> | null>([
    ['closing', rolled(closing)],
    ...budgetYears.map((budgetYear, index) => [String(budgetYear), rolled(budgets[index] ?? null)] as const),
  ]);
  const hasOwn = [...byColumn.values()].some((rows) => rows?.has(OWN_ROW));
  return buildOperatingStatement({
    key: `budget-statement-${root.code}-${year}-${planYears}`,
    caption: `Driftsammandrag ${root.name}, budget ${year}${planYears > 0 ? ` med plan ${year + 1}–${year + planYears}` : ''}`,
    unit: query.unit,
    signConvention: query.sign,
    varianceConvention: 'favourablePositive',
    columns,
    rows: statementRows(root, childrenOf(units, root.id, year), hasOwn),
    totalLabel: 'Summa',
    detailRows: query.details === 'true',
    totalDetailRows: query.details !== 'none',
    amounts: (rowKey, columnKey) => {
      const column = byColumn.get(columnKey);
      return column ? (column.get(rowKey) ?? NOTHING_BOOKED) : null;
    },
  });
}

/**
 * The columns the seeds print. With forecasts, as the interim report (004:184-210): actual to date,
 * the forecast for the year, the budget, the forecast's variance from it, last year's closing. For a whole
 * year, as the annual report (002:134-147): Bokslut, Budget, Avvikelse, last year's Bokslut. For part of
 * a year without forecasts (004:169-182): actual to date against the same months last year, the change,
 * the budget and last year's closing.
 */
function statementColumns(year: number, throughMonth: Month, withForecast: boolean): StatementColumn[] {
  const actual = { key: 'actual', label: actualLabel(year, throughMonth), kind: 'amount' } as const;
  const budget = { key: 'budget', label: `Budget ${year}`, kind: 'amount' } as const;
  const closing = { key: 'closing', label: `Bokslut ${year - 1}`, kind: 'amount' } as const;
  if (withForecast) {
    return [
      actual,
      { key: 'forecast', label: `Prognos helår ${year}`, kind: 'amount' },
      budget,
      { key: 'variance', label: 'Avvikelse', kind: 'variance', actual: 'forecast', budget: 'budget' },
      closing,
    ];
  }
  if (throughMonth === 12) {
    return [
      { key: 'actual', label: `Bokslut ${year}`, kind: 'amount' },
      budget,
      { key: 'variance', label: 'Avvikelse', kind: 'variance', actual: 'actual', budget: 'budget' },
      closing,
    ];
  }
  return [
    actual,
    { key: 'previous', label: actualLabel(year - 1, throughMonth), kind: 'amount' },
    { key: 'change', label: 'Förändring', kind: 'change', current: 'actual', previous: 'previous' },
    budget,
    closing,
  ];
}

function actualLabel(year: number, throughMonth: Month): string {
  return `Utfall jan–${shortMonthName(throughMonth)} ${year}`;
}
