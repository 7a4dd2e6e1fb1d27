/**
 * The economy indicators derived from the accounts (domain.md §3.6; 000:404-407), computed, never typed.
 * Each is a percentage rounded half away from zero to a stated number of decimals, worked out in bigint
 * from öre, so the same accounts always give the same printed figure; or, when the base is zero (or
 * otherwise meaningless), no value and the reason in Swedish, to be shown instead of a figure.
 */
import type { DecimalString } from '#core/decimal.ts';
import { type Amounts, divideRounded, hasGross, netCostOf, type Ore, stepsToDecimal } from './money.ts';

export type Percentage =
  | { readonly value: DecimalString; readonly decimals: number; readonly reason: null }
  | { readonly value: null; readonly decimals: number; readonly reason: string };

/** One decimal, as "1,0" in 000:404. */
export const DEFAULT_PERCENT_DECIMALS = 1;

/** numerator / denominator × 100, rounded half away from zero to `decimals`, exactly. */
export function percentOf(numerator: bigint, denominator: bigint, decimals: number): DecimalString {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`A percentage has 0 or more decimals, not ${decimals}`);
  }
  const steps = divideRounded(numerator * 100n * 10n ** BigInt(decimals), denominator);
  return stepsToDecimal(steps, decimals);
}

function notComputable(reason: string, decimals: number): Percentage {
  return { value: null, decimals, reason };
}

function computed(numerator: bigint, denominator: bigint, decimals: number): Percentage {
  return { value: percentOf(numerator, denominator, decimals), decimals, reason: null };
}

/**
 * "Budgetavvikelse (årets resultat i % av omsättning)": result / turnover × 100, the result taken as
 * revenues − costs (a surplus is positive, a deficit negative) and the turnover as the revenues
 * (domain.md §3.6, *inferred*). 5 868 / 567 144 → "1.0" (000:317-318, 404). A figure known only as its
 * net (a net-only forecast) has no turnover to divide by, so it gives no percentage, and says why.
 */
export function budgetVariancePercent(amounts: Amounts, decimals = DEFAULT_PERCENT_DECIMALS): Percentage {
  if (!hasGross(amounts)) {
    return notComputable(
      'Prognosen är lämnad som netto, så intäkterna (omsättningen) är okända och resultatet kan inte anges i procent av dem.',
      decimals,
    );
  }
  if (amounts.revenues === 0n) {
    return notComputable(
      'Omsättningen (intäkterna) är noll, så resultatet kan inte anges i procent av den.',
      decimals,
    );
  }
  if (amounts.revenues < 0n) {
    return notComputable(
      'Omsättningen (intäkterna) är negativ, så en procentsats av den vore missvisande.',
      decimals,
    );
  }
  return computed(amounts.revenues - amounts.costs, amounts.revenues, decimals);
}

/**
 * "Investeringsavvikelse (kvarvarande investeringsutrymme i % av investeringsbudget)": (budget − actual) /
 * budget × 100, both net investments; negative is an overspend. Ram 37 900, prognos 48 000 → "-26.6"
 * (004:253-260).
 */
export function investmentRoomPercent(
  budget: Ore,
  actual: Ore,
  decimals = DEFAULT_PERCENT_DECIMALS,
): Percentage {
  if (budget === 0n) {
    return notComputable(
      'Investeringsbudgeten är noll, så utrymmet kan inte anges i procent av den.',
      decimals,
    );
  }
  if (budget < 0n) {
    return notComputable(
      'Investeringsbudgeten är negativ (inkomsterna överstiger utgifterna), så en procentsats av den vore missvisande.',
      decimals,
    );
  }
  return computed(budget - actual, budget, decimals);
}

/**
 * "Verksamhetsområden i balans (%)": the share of the units whose result (revenues − costs) is ≥ 0. Which
 * units count is the indicator's definition, so the caller passes exactly the base set.
 */
export function unitsInBalancePercent(
  units: readonly Amounts[],
  decimals = DEFAULT_PERCENT_DECIMALS,
): Percentage {
  if (units.length === 0) {
    return notComputable('Det finns inga verksamhetsområden att räkna andelen på.', decimals);
  }
  // The net is all balance asks for, so a net-only forecast counts like any other.
  const inBalance = units.filter(isInBalance).length;
  return computed(BigInt(inBalance), BigInt(units.length), decimals);
}

/** A result (revenues − costs) of zero or more: no net cost. */
export function isInBalance(amounts: Amounts): boolean {
  return netCostOf(amounts) <= 0n;
}
