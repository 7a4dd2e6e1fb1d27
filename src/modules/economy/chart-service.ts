/**
 * The economy's charts, loaded as the operating statement loads its figures (statement-service.ts): ledger
 * sums rolled up to the children of the unit asked for, budgets summed the same way, forecasts taken by the
 * statement's rule. The pure builders (domain/charts.ts) decide what is drawn.
 */
import type { ChartModel } from '#core/chart.ts';
import type { Month } from '#core/period.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit, isValidInYear, listOrganisation } from '../organisation/index.ts';
import { budgetTree, ledgerTree } from './cached-sums.ts';
import type { StatementQuery } from './contract.ts';
import { lastLedgerMonth } from './db/ledger-repository.ts';
import { costsAndRevenuesChart, forecastVsBudgetChart, type UnitAmounts } from './domain/charts.ts';
import { forecastOf } from './domain/forecast.ts';
import { forSubtree, OWN_ROW, rollUp, type SubtreeSums } from './domain/rollup.ts';
import type { GrossAmounts } from './domain/statement/index.ts';
import { forecastAmounts } from './forecast-service.ts';
import { FORECAST_ROUNDS } from './model.ts';

const NOTHING_BOOKED: GrossAmounts = { costs: 0n, revenues: 0n };

/**
 * Costs and revenues per child unit for the year's months so far, against the same months last year; read
 * within `scopeId` as the statement reads its sums.
 */
export async function costsAndRevenues(
  ctx: Ctx,
  query: Pick<StatementQuery, 'org' | 'year' | 'throughMonth' | 'unit'>,
  scopeId?: string,
): Promise<ChartModel> {
  const root = await getOrgUnit(ctx, query.org);
  const scope = { rootId: root.id, scopeId };
  const { year } = query;
  // As the statement: up to the month asked for, else the last month the ledger has, else the whole year.
  const throughMonth = (query.throughMonth ?? (await lastLedgerMonth(ctx.db, year)) ?? 12) as Month;
  const [units, current, previous] = await Promise.all([
    listOrganisation(ctx),
    ledgerTree(ctx, year, throughMonth, scope),
    ledgerTree(ctx, year - 1, throughMonth, scope),
  ]);
  // A period the ledger holds nothing for has no figures; a unit with no rows in a loaded period has zero.
  const rolled = (tree: SubtreeSums | null) => (tree === null ? null : rollUp(tree, root.id));
  const [thisYear, lastYear] = [rolled(current), rolled(previous)];
  const amounts = (key: string) => ({
    current: thisYear ? (thisYear.get(key) ?? NOTHING_BOOKED) : null,
    previous: lastYear ? (lastYear.get(key) ?? NOTHING_BOOKED) : null,
  });
  const rows: UnitAmounts[] = units
    .filter((unit) => unit.parentId === root.id && isValidInYear(unit, year))
    .map((unit) => ({
      key: unit.id,
      name: unit.name,
      ref: { kind: 'orgUnit', id: unit.id },
      ...amounts(unit.id),
    }));
  // What is booked on the unit itself gets a row of its own, as in the statement, so the rows add up.
  if (thisYear?.has(OWN_ROW) || lastYear?.has(OWN_ROW)) {
    rows.push({
      key: OWN_ROW,
      name: `${root.name}, direkt`,
      ref: { kind: 'orgUnit', id: root.id },
      ...amounts(OWN_ROW),
    });
  }
  return costsAndRevenuesChart({
    unitName: root.name,
    unitCode: root.code,
    year,
    throughMonth,
    unit: query.unit,
    rows,
  });
}

/** The unit's whole-year forecast at each interim round of the year against its budget for the year. */
export async function forecastVsBudget(
  ctx: Ctx,
  query: Pick<StatementQuery, 'org' | 'year' | 'unit' | 'sign'>,
  scopeId?: string,
): Promise<ChartModel> {
  const root = await getOrgUnit(ctx, query.org);
  const { year } = query;
  const [units, budget, ...forecasts] = await Promise.all([
    listOrganisation(ctx),
    budgetTree(ctx, year, { rootId: root.id, scopeId }),
    ...FORECAST_ROUNDS.map((round) => forecastAmounts(ctx, year, round)),
  ]);
  return forecastVsBudgetChart({
    unitName: root.name,
    unitCode: root.code,
    year,
    unit: query.unit,
    sign: query.sign,
    rounds: FORECAST_ROUNDS.map((round, index) => ({
      round,
      forecast: forecastOf(root.id, units, forecasts[index] ?? new Map()),
    })),
    budget: budget === null ? null : forSubtree(budget, root.id),
  });
}
