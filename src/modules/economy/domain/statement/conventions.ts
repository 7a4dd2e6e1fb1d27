/**
 * The sign and variance conventions of an economy table (domain.md §2.7). Both are in use in the same
 * documents, often under the same heading ("Nettokostnader" tables in the result convention), so a table
 * declares them and says them in words under itself; nothing here infers them from a label.
 *
 * Sign: `netCost` prints net = costs − revenues (positive = deficit), `result` prints net = revenues −
 * costs (positive = surplus). "varav kostnader" and "varav intäkter" are positive magnitudes in both.
 *
 * Variance ("Avvikelse"), actual against budget, where "actual" may be a forecast:
 * - `favourablePositive`: positive = better than budget. Net = actual − budget on the result scale (=
 *   budget − actual on the net-cost scale, the same number); costs = budget − actual; revenues = actual −
 *   budget. Then net variance = cost variance + revenue variance (002:66-68).
 * - `actualMinusBudget`: every line = actual − budget on the table's own scale. Revenues as above; a
 *   positive cost variance is an overspend; the net variance is revenue − cost variance on the result
 *   scale, cost − revenue variance on the net-cost scale.
 */
import { type Amounts, netCostOf, type Ore } from './money.ts';

export type SignConvention = 'netCost' | 'result';

export type VarianceConvention = 'favourablePositive' | 'actualMinusBudget';

export const SIGN_CONVENTIONS: readonly SignConvention[] = ['netCost', 'result'];

export const VARIANCE_CONVENTIONS: readonly VarianceConvention[] = [
  'favourablePositive',
  'actualMinusBudget',
];

/**
 * Net from costs and revenues on a sign scale. The same combination holds for any linear derivation of
 * the two (a change between periods, an `actualMinusBudget` variance): the rounding notes rely on it.
 */
export function combineNet(costs: Ore, revenues: Ore, sign: SignConvention): Ore {
  return sign === 'result' ? revenues - costs : costs - revenues;
}

/** The net of one row in one column on the table's sign scale; a net-only figure has its net too. */
export function netAmount(amounts: Amounts, sign: SignConvention): Ore {
  const netCost = netCostOf(amounts);
  return sign === 'netCost' ? netCost : -netCost;
}

/** The variance of the costs: budget − actual when favourable is positive, else actual − budget. */
export function costVariance(actualCosts: Ore, budgetCosts: Ore, convention: VarianceConvention): Ore {
  return convention === 'favourablePositive' ? budgetCosts - actualCosts : actualCosts - budgetCosts;
}

/** The variance of the revenues: actual − budget in both conventions. */
export function revenueVariance(actualRevenues: Ore, budgetRevenues: Ore): Ore {
  return actualRevenues - budgetRevenues;
}

/**
 * The net variance as the table prints it. On the result scale both conventions give actual − budget; on
 * the net-cost scale `favourablePositive` turns it round (budget − actual) so that positive stays better.
 */
export function netVariance(
  actual: Amounts,
  budget: Amounts,
  sign: SignConvention,
  convention: VarianceConvention,
): Ore {
  const scale: SignConvention = convention === 'favourablePositive' ? 'result' : sign;
  return netAmount(actual, scale) - netAmount(budget, scale);
}

/**
 * The net variance the printed cost and revenue variances imply: their sum when favourable is positive,
 * otherwise combined as the net itself is. Used to see whether rounding broke the identity.
 */
export function netVarianceFromParts(
  costVarianceValue: Ore,
  revenueVarianceValue: Ore,
  sign: SignConvention,
  convention: VarianceConvention,
): Ore {
  return convention === 'favourablePositive'
    ? costVarianceValue + revenueVarianceValue
    : combineNet(costVarianceValue, revenueVarianceValue, sign);
}

/** The conventions' names, for settings and lists. */
export const SIGN_CONVENTION_LABELS: Readonly<Record<SignConvention, string>> = {
  netCost: 'Nettokostnad (kostnader minus intäkter)',
  result: 'Resultat (intäkter minus kostnader)',
};

export const VARIANCE_CONVENTION_LABELS: Readonly<Record<VarianceConvention, string>> = {
  favourablePositive: 'Positiv avvikelse är bättre än budget',
  actualMinusBudget: 'Utfall minus budget på varje rad',
};

/** What a reader needs to know to read the net figures, printed under the table. */
export function describeSignConvention(sign: SignConvention): string {
  return sign === 'netCost'
    ? 'Netto anges som kostnader minus intäkter; ett positivt belopp är ett underskott och ett negativt belopp ett överskott.'
    : 'Netto anges som intäkter minus kostnader; ett positivt belopp är ett överskott och ett negativt belopp ett underskott.';
}

/** Said under a table with "varav" rows, since their sign does not follow the net's. */
export const DETAIL_ROWS_DESCRIPTION =
  'Raderna varav kostnader och varav intäkter anges som positiva belopp.';

/** What a reader needs to know to read the variance column, printed under a table that has one. */
export function describeVarianceConvention(convention: VarianceConvention, sign: SignConvention): string {
  if (convention === 'favourablePositive') {
    const net = sign === 'result' ? 'utfall minus budget' : 'budget minus utfall';
    return (
      'Avvikelse anges så att ett positivt belopp är bättre än budget och ett negativt sämre: ' +
      `netto som ${net}, kostnader som budget minus utfall och intäkter som utfall minus budget. ` +
      'Med utfall avses även prognos.'
    );
  }
  const net =
    sign === 'result'
      ? 'För netto är ett positivt belopp bättre än budget'
      : 'För netto är ett positivt belopp sämre än budget (högre nettokostnad)';
  return (
    'Avvikelse anges som utfall minus budget på varje rad. ' +
    `${net}, för kostnader är ett positivt belopp en överskridning och för intäkter är ett positivt belopp ` +
    'högre intäkter än budgeterat. Med utfall avses även prognos.'
  );
}
