/**
 * The operating statement (driftsammandrag) of a unit, built from the ledger and the budget: a row per child
 * unit. For a whole year, as the annual report prints it (002:134-147): Bokslut, Budget, Avvikelse
 * (favourable positive) and last year's Bokslut. For part of a year, as the interim report does
 * (004:169-182): actual to date against the same months last year, the change, the year's budget and last
 * year's closing. Forecast and plan-year columns join when forecasts exist.
 */
import { longMonthName, type Month, shortMonthName } from '#core/period.ts';
import type { TableModel } from '#core/table.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit, isValidInYear, listOrganisation } from '../organisation/index.ts';
import { sumBudget } from './budget-service.ts';
import type { StatementQuery } from './contract.ts';
import { lastLedgerMonth, sumLedger } from './db/ledger-repository.ts';
import { OWN_ROW, rollUp } from './domain/rollup.ts';
import {
  buildOperatingStatement,
  type GrossAmounts,
  type StatementColumn,
} from './domain/statement/index.ts';
import { listAccountRanges } from './mapping-service.ts';

const NOTHING_BOOKED: GrossAmounts = { costs: 0n, revenues: 0n };

export async function operatingStatement(ctx: Ctx, query: StatementQuery): Promise<TableModel> {
  const root = await getOrgUnit(ctx, query.org);
  const { year } = query;
  // Up to the month asked for, else the last month the ledger has; a year without a ledger (a budget year)
  // is shown whole, its actual columns empty.
  const throughMonth = (query.throughMonth ?? (await lastLedgerMonth(ctx.db, year)) ?? 12) as Month;
  const [units, accountRanges, current, previous, previousYear, budget] = await Promise.all([
    listOrganisation(ctx),
    listAccountRanges(ctx),
    sumLedger(ctx.db, year, throughMonth),
    sumLedger(ctx.db, year - 1, throughMonth),
    sumLedger(ctx.db, year - 1, 12),
    sumBudget(ctx, year),
  ]);
  const wholeYear = throughMonth === 12;
  const closing = { key: 'closing', label: `Bokslut ${year - 1}`, kind: 'amount' as const };
  const budgetColumn = { key: 'budget', label: `Budget ${year}`, kind: 'amount' as const };
  const columns: StatementColumn[] = wholeYear
    ? [
        { key: 'actual', label: `Bokslut ${year}`, kind: 'amount' },
        budgetColumn,
        { key: 'variance', label: 'Avvikelse', kind: 'variance', actual: 'actual', budget: 'budget' },
        closing,
      ]
    : [
        { key: 'actual', label: actualLabel(year, throughMonth), kind: 'amount' },
        { key: 'previous', label: actualLabel(year - 1, throughMonth), kind: 'amount' },
        { key: 'change', label: 'Förändring', kind: 'change', current: 'actual', previous: 'previous' },
        budgetColumn,
        closing,
      ];
  // A period with no ledger at all has no figures (printed empty); a unit with no rows in a loaded period
  // has zero.
  const rolled = (sums: typeof current) =>
    sums.length === 0 ? null : rollUp(units, root.id, sums, accountRanges);
  const byColumn: Record<string, Map<string, GrossAmounts> | null> = {
    actual: rolled(current),
    previous: rolled(previous),
    closing: rolled(previousYear),
    budget: rolled(budget),
  };
  const children = units.filter((unit) => unit.parentId === root.id && isValidInYear(unit, year));
  const hasOwn = Object.values(byColumn).some((rows) => rows?.has(OWN_ROW));
  const rows = [
    ...children.map((unit) => ({ key: unit.id, name: unit.name, ref: { kind: 'orgUnit', id: unit.id } })),
    ...(hasOwn
      ? [{ key: OWN_ROW, name: `${root.name}, direkt`, ref: { kind: 'orgUnit', id: root.id } }]
      : []),
  ];
  return buildOperatingStatement({
    key: `statement-${root.code}-${year}-${throughMonth}`,
    caption: `Driftsammandrag ${root.name} ${wholeYear ? year : `januari–${longMonthName(throughMonth)} ${year}`}`,
    unit: query.unit,
    signConvention: query.sign,
    varianceConvention: 'favourablePositive',
    columns,
    rows,
    totalLabel: 'Summa',
    detailRows: query.details === 'true',
    amounts: (rowKey, columnKey) => {
      const rows = byColumn[columnKey];
      return rows ? (rows.get(rowKey) ?? NOTHING_BOOKED) : null;
    },
  });
}

function actualLabel(year: number, throughMonth: Month): string {
  return `Utfall jan–${shortMonthName(throughMonth)} ${year}`;
}
