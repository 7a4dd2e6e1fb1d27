/**
 * The economy indicators a goal table can show computed, never typed (issue 6, point 9; 000:404-407): the
 * budget variance as a share of turnover, and the share of units in balance. A closing round's figure comes
 * from the year's whole ledger, an interim round's from the units' full-year forecasts of that round, as
 * the seeds print them ("helårsprognos efter juli månad", 000:409). A budget round computes nothing: it
 * reports no outcome of its own.
 */
import { longMonthName, roundEndMonth } from '#core/period.ts';
import type { Ctx } from '../context.ts';
import type { ComputedFigure, IndicatorComputation } from '../goals/index.ts';
import { isValidInYear, listOrganisation, type OrgUnit } from '../organisation/index.ts';
import type { ReportingRound } from '../planning/index.ts';
import { ledgerTree } from './cached-sums.ts';
import { lastLedgerMonth } from './db/ledger-repository.ts';
import { forecastOf } from './domain/forecast.ts';
import { forSubtree } from './domain/rollup.ts';
import {
  type Amounts,
  budgetVariancePercent,
  formatOreWithUnit,
  hasGross,
  isInBalance,
  netCostOf,
  type Percentage,
  unitsInBalancePercent,
} from './domain/statement/index.ts';
import { forecastAmounts } from './forecast-service.ts';
import { FORECAST_ROUNDS } from './model.ts';

type Reader = Pick<Ctx, 'db' | 'cache'>;

/** What a round knows of a year: each unit's costs and revenues (itself and everything below it). */
interface YearFigures {
  readonly amountsOf: (unitId: string) => Amounts | null;
  readonly units: readonly OrgUnit[];
  readonly isForecast: boolean;
  /** "bokslut 2022", "helårsprognos augusti 2023". */
  readonly label: string;
}

/** The round's figures, or null when the economy holds nothing for it (no whole-year ledger, no forecasts). */
function roundFigures(ctx: Reader, round: ReportingRound): Promise<YearFigures | null> {
  return ctx.cache.get(`economy.roundFigures|${round.year}|${round.kind}`, async () => {
    const units = await listOrganisation(ctx);
    if (round.kind === 'closing') {
      if ((await lastLedgerMonth(ctx.db, round.year)) !== 12) {
        return null;
      }
      const tree = await ledgerTree(ctx, round.year, 12);
      return {
        amountsOf: (unitId) => (tree === null ? null : forSubtree(tree, unitId)),
        units,
        isForecast: false,
        label: `bokslut ${round.year}`,
      };
    }
    const kind = FORECAST_ROUNDS.find((candidate) => candidate === round.kind);
    if (kind === undefined) {
      return null;
    }
    const forecasts = await forecastAmounts(ctx, round.year, kind);
    if (forecasts.size === 0) {
      return null;
    }
    return {
      amountsOf: (unitId) => forecastOf(unitId, units, forecasts),
      units,
      isForecast: true,
      label: `helårsprognos ${longMonthName(roundEndMonth(kind))} ${round.year}`,
    };
  });
}

const tkr = (ore: bigint) => formatOreWithUnit(ore, 'tkr');

function figure(round: ReportingRound, year: YearFigures, result: Percentage, basis: string): ComputedFigure {
  return {
    roundId: round.id,
    year: round.year,
    toMonth: 12,
    isForecast: year.isForecast,
    value: result.value,
    reason: result.reason,
    basis,
  };
}

/** Runs `compute` for every round the economy has figures for. */
function perRound(
  compute: (unitId: string, round: ReportingRound, year: YearFigures) => ComputedFigure | null,
): IndicatorComputation['compute'] {
  return async (ctx, { orgUnitId, rounds }) => {
    const figures: ComputedFigure[] = [];
    for (const round of rounds) {
      const year = await roundFigures(ctx, round);
      const computed = year ? compute(orgUnitId, round, year) : null;
      if (computed) {
        figures.push(computed);
      }
    }
    return figures;
  };
}

/** What the variance was computed from, or – for a net-only forecast – why it was not. */
function varianceBasis(year: YearFigures, amounts: Amounts, result: Percentage): string {
  if (!hasGross(amounts)) {
    return `Ur ${year.label}: resultat ${tkr(-netCostOf(amounts))}, intäkter och kostnader okända. ${result.reason ?? ''}`.trim();
  }
  return `Ur ${year.label}: intäkter ${tkr(amounts.revenues)}, kostnader ${tkr(amounts.costs)}, resultat ${tkr(amounts.revenues - amounts.costs)}.`;
}

export const budgetVariance: IndicatorComputation = {
  key: 'economy.budgetVariance',
  label: 'Budgetavvikelse (årets resultat i % av omsättning)',
  description: 'resultatet (intäkter − kostnader) i procent av intäkterna.',
  unit: '%',
  compute: perRound((unitId, round, year) => {
    const amounts = year.amountsOf(unitId);
    if (amounts === null) {
      return null;
    }
    const result = budgetVariancePercent(amounts);
    return figure(round, year, result, varianceBasis(year, amounts, result));
  }),
};

export const unitsInBalance: IndicatorComputation = {
  key: 'economy.unitsInBalance',
  label: 'Verksamhetsområden i balans (%)',
  description:
    'andelen av enhetens närmaste underenheter vars resultat (intäkter − kostnader) är noll eller positivt.',
  unit: '%',
  compute: perRound((unitId, round, year) => {
    const children = year.units.filter((unit) => unit.parentId === unitId && isValidInYear(unit, round.year));
    const amounts = children.map((child) => ({ child, amounts: year.amountsOf(child.id) }));
    if (children.length === 0 || amounts.every((entry) => entry.amounts === null)) {
      return null;
    }
    const missing = amounts.filter((entry) => entry.amounts === null).map((entry) => entry.child.name);
    if (missing.length > 0) {
      const reason = `Siffror saknas för ${missing.join(', ')} i ${year.label}.`;
      return figure(round, year, { value: null, decimals: 1, reason }, reason);
    }
    const known = amounts.map((entry) => entry.amounts as Amounts);
    const inBalance = amounts
      .filter((entry) => entry.amounts && isInBalance(entry.amounts))
      .map((entry) => entry.child.name);
    const basis = `Ur ${year.label}: ${inBalance.length} av ${children.length} i balans${inBalance.length > 0 ? ` (${inBalance.join(', ')})` : ''}.`;
    return figure(round, year, unitsInBalancePercent(known), basis);
  }),
};

export const economyIndicatorComputations: readonly IndicatorComputation[] = [budgetVariance, unitsInBalance];
