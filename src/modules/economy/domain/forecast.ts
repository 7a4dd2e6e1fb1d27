/**
 * Forecasts up the organisation tree. A unit may forecast for itself, or leave it to the units below it: a
 * row of a statement takes its own unit's forecast when there is one – it covers everything below – and
 * otherwise adds up its children's, by the same rule. So a verksamhetsområde that forecasts as a whole is
 * never counted twice with its enheter, and one whose enheter forecast is summed from them.
 *
 * A forecast is costs and revenues, or the net alone (issue 6 item 5). A sum always has its net; it has
 * costs and revenues only when every part has them, since a part's unknown costs cannot be guessed from its
 * net.
 */
import type { FieldProblem } from '#core/errors.ts';
import { formatDecimal } from '#core/format.ts';
import { childIds } from '../../organisation/domain/index.ts';
import type { RollupUnit } from './rollup.ts';
import { type Amounts, addAmounts, subtractAmounts } from './statement/index.ts';

/** The forecast of `unitId` and everything below it, or null when no unit there has forecast. */
export function forecastOf(
  unitId: string,
  units: readonly RollupUnit[],
  own: ReadonlyMap<string, Amounts>,
): Amounts | null {
  if (own.size === 0) {
    return null;
  }
  return forecastBelow(unitId, childIds(units), own);
}

/**
 * The share of a unit's forecast that is its own row in its operating statement – what it books itself:
 * its forecast, which is its whole, less its children's; null when it has not forecast. A förvaltning that
 * forecasts its whole while its units forecast theirs so gets the rest on its own row, and its rows add up
 * to the whole it reported.
 */
export function ownRowForecast(
  unitId: string,
  units: readonly RollupUnit[],
  own: ReadonlyMap<string, Amounts>,
): Amounts | null {
  const whole = own.get(unitId);
  if (whole === undefined) {
    return null;
  }
  const children = childIds(units);
  return (children.get(unitId) ?? [])
    .map((child) => forecastBelow(child, children, own))
    .filter((part): part is Amounts => part !== null)
    .reduce(subtractAmounts, whole);
}

/** A unit's own forecast where it has one, else the sum of its children's. */
function forecastBelow(
  unitId: string,
  children: ReadonlyMap<string, readonly string[]>,
  own: ReadonlyMap<string, Amounts>,
): Amounts | null {
  const direct = own.get(unitId);
  if (direct) {
    return direct;
  }
  const parts = (children.get(unitId) ?? [])
    .map((child) => forecastBelow(child, children, own))
    .filter((part): part is Amounts => part !== null);
  if (parts.length === 0) {
    return null;
  }
  return parts.reduce(addAmounts);
}

/** A forecast's figures as entered, kronor as exact decimal strings; null where left out. */
export interface ForecastFigures {
  readonly costs: string | null;
  readonly revenues: string | null;
  readonly netCost: string | null;
}

const LABELS = {
  costs: 'Kostnader helår',
  revenues: 'Intäkter helår',
  netCost: 'Nettokostnad helår',
} as const;

const kronor = (value: string) => `${formatDecimal(value, { decimals: 2 }).replace(/,00$/, '')} kr`;

/**
 * Whether a forecast is given one way, and whole: costs and revenues both, or the net cost alone. Each
 * problem names the field and the figures it is about, in Swedish.
 */
export function checkForecastFigures(figures: ForecastFigures): FieldProblem[] {
  const { costs, revenues, netCost } = figures;
  if (netCost !== null && (costs !== null || revenues !== null)) {
    const gross = [
      costs && `${LABELS.costs.toLowerCase()} ${kronor(costs)}`,
      revenues && `${LABELS.revenues.toLowerCase()} ${kronor(revenues)}`,
    ]
      .filter(Boolean)
      .join(' och ');
    return [
      {
        path: 'netCost',
        message:
          `${LABELS.netCost} (${kronor(netCost)}) kan inte lämnas tillsammans med ${gross}: ange antingen ` +
          'kostnader och intäkter eller bara nettokostnaden.',
        value: netCost,
      },
    ];
  }
  if (netCost === null && costs === null && revenues === null) {
    return [
      {
        path: 'costs',
        message:
          'Prognosen saknar belopp: ange kostnader och intäkter för helåret, eller bara nettokostnaden.',
      },
    ];
  }
  return missingPart(costs, revenues);
}

/** A gross forecast with one of its two parts left out. */
function missingPart(costs: string | null, revenues: string | null): FieldProblem[] {
  if (costs !== null && revenues === null) {
    return [
      {
        path: 'revenues',
        message: `${LABELS.revenues} saknas: med ${LABELS.costs.toLowerCase()} ${kronor(costs)} behövs också intäkterna (0 om inga), eller lämna bara nettokostnaden.`,
      },
    ];
  }
  if (revenues !== null && costs === null) {
    return [
      {
        path: 'costs',
        message: `${LABELS.costs} saknas: med ${LABELS.revenues.toLowerCase()} ${kronor(revenues)} behövs också kostnaderna, eller lämna bara nettokostnaden.`,
      },
    ];
  }
  return [];
}
