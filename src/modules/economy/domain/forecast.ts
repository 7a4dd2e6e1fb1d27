/**
 * Forecasts up the organisation tree. A unit may forecast for itself, or leave it to the units below it: a
 * row of a statement takes its own unit's forecast when there is one – it covers everything below – and
 * otherwise adds up its children's, by the same rule. So a verksamhetsområde that forecasts as a whole is
 * never counted twice with its enheter, and one whose enheter forecast is summed from them.
 */
import { childIds } from '../../organisation/domain/index.ts';
import type { RollupUnit } from './rollup.ts';
import type { GrossAmounts } from './statement/index.ts';

/** The forecast of `unitId` and everything below it, or null when no unit there has forecast. */
export function forecastOf(
  unitId: string,
  units: readonly RollupUnit[],
  own: ReadonlyMap<string, GrossAmounts>,
): GrossAmounts | null {
  if (own.size === 0) {
    return null;
  }
  return forecastBelow(unitId, childIds(units), own);
}

/** A unit's own forecast where it has one, else the sum of its children's. */
function forecastBelow(
  unitId: string,
  children: ReadonlyMap<string, readonly string[]>,
  own: ReadonlyMap<string, GrossAmounts>,
): GrossAmounts | null {
  const direct = own.get(unitId);
  if (direct) {
    return direct;
  }
  const parts = (children.get(unitId) ?? [])
    .map((child) => forecastBelow(child, children, own))
    .filter((part): part is GrossAmounts => part !== null);
  if (parts.length === 0) {
    return null;
  }
  return parts.reduce((sum, part) => ({
    costs: sum.costs + part.costs,
    revenues: sum.revenues + part.revenues,
  }));
}
