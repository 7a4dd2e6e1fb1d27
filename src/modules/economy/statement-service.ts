/**
 * The operating statement (driftsammandrag) of a unit, built from the ledger: a row per child unit, actual
 * to date against the same months last year, the change, and last year's closing – the table of the
 * interim report (004:169-182). Budget, forecast and plan-year columns join when budgets exist.
 */
import { longMonthName, type Month, shortMonthName } from '#core/period.ts';
import type { TableModel } from '#core/table.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit, isValidInYear, listOrganisation } from '../organisation/index.ts';
import type { StatementQuery } from './contract.ts';
import { lastLedgerMonth, sumLedger } from './db/ledger-repository.ts';
import { OWN_ROW, rollUp } from './domain/rollup.ts';
import {
  buildOperatingStatement,
  type GrossAmounts,
  type StatementColumn,
} from './domain/statement/index.ts';
import { listAccountRanges } from './mapping-service.ts';
import { economyErrors } from './messages.sv.ts';

const NOTHING_BOOKED: GrossAmounts = { costs: 0n, revenues: 0n };

export async function operatingStatement(ctx: Ctx, query: StatementQuery): Promise<TableModel> {
  const root = await getOrgUnit(ctx, query.org);
  const { year } = query;
  const throughMonth = (query.throughMonth ?? (await lastLedgerMonth(ctx.db, year))) as Month | null;
  if (throughMonth === null) {
    throw economyErrors.no_ledger(year);
  }
  const [units, accountRanges, current, previous, previousYear] = await Promise.all([
    listOrganisation(ctx),
    listAccountRanges(ctx),
    sumLedger(ctx.db, year, throughMonth),
    sumLedger(ctx.db, year - 1, throughMonth),
    sumLedger(ctx.db, year - 1, 12),
  ]);
  const wholeYear = throughMonth === 12;
  const columns: StatementColumn[] = [
    { key: 'actual', label: actualLabel(year, throughMonth), kind: 'amount' },
    { key: 'previous', label: actualLabel(year - 1, throughMonth), kind: 'amount' },
    { key: 'change', label: 'Förändring', kind: 'change', current: 'actual', previous: 'previous' },
    ...(wholeYear ? [] : [{ key: 'closing', label: `Bokslut ${year - 1}`, kind: 'amount' as const }]),
  ];
  // A period with no ledger at all has no figures (printed empty); a unit with no rows in a loaded period
  // has zero.
  const rolled = (sums: typeof current) =>
    sums.length === 0 ? null : rollUp(units, root.id, sums, accountRanges);
  const byColumn: Record<string, Map<string, GrossAmounts> | null> = {
    actual: rolled(current),
    previous: rolled(previous),
    closing: rolled(previousYear),
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
  return throughMonth === 12 ? `Utfall ${year}` : `Utfall jan–${shortMonthName(throughMonth)} ${year}`;
}
