/** Use cases for forecasts: each unit's whole-year forecast at an interim round. */
import { write } from '#platform/context.ts';
import { findById, fromRow } from '#platform/db/entity-store.ts';
import type { Ctx } from '../context.ts';
import { getOrgUnit } from '../organisation/index.ts';
import { assertYearsOpen } from './closing-service.ts';
import type { ForecastInput, ForecastUpdate } from './contract.ts';
import { oreFromKronor } from './domain/budget-file.ts';
import { checkForecastFigures, type ForecastFigures } from './domain/forecast.ts';
import type { Amounts } from './domain/statement/index.ts';
import { economyErrors } from './messages.sv.ts';
import { type FORECAST_ROUNDS, forecastEntity } from './model.ts';

type ForecastRound = (typeof FORECAST_ROUNDS)[number];

const toForecast = (row: object) => fromRow(forecastEntity, row as Record<string, unknown>);

export async function listForecasts(ctx: Pick<Ctx, 'db'>, year: number, round: ForecastRound) {
  const rows = await ctx.db
    .selectFrom('forecast')
    .selectAll()
    .where('year', '=', year)
    .where('round', '=', round)
    .execute();
  return rows.map(toForecast);
}

/** Refuses a forecast given both ways, or with a part missing; nothing is saved then. */
function assertWhole(figures: ForecastFigures): void {
  const problems = checkForecastFigures(figures);
  if (problems.length > 0) {
    throw economyErrors.forecast_figures(problems);
  }
}

export async function createForecast(ctx: Ctx, input: ForecastInput) {
  assertWhole(input);
  return write(ctx, async (tx) => {
    const unit = await getOrgUnit(tx, input.orgUnitId);
    await assertYearsOpen(tx, [input.year]);
    return tx.insert(forecastEntity, { ...input, orgUnitId: unit.id });
  });
}

export async function updateForecast(ctx: Ctx, id: string, input: ForecastUpdate) {
  return write(ctx, async (tx) => {
    const current = await findById(tx.db, forecastEntity, id);
    if (!current) {
      throw economyErrors.forecast_not_found(id);
    }
    await assertYearsOpen(tx, [current.year]);
    const { version, ...patch } = input;
    assertWhole({ ...current, ...patch });
    return tx.update(forecastEntity, current, version, patch);
  });
}

/** Each unit's own forecast for the round, in öre: costs and revenues, or the net alone. */
export async function forecastAmounts(
  ctx: Pick<Ctx, 'db'>,
  year: number,
  round: ForecastRound,
): Promise<Map<string, Amounts>> {
  return new Map(
    (await listForecasts(ctx, year, round)).map((forecast) => [forecast.orgUnitId, amountsOf(forecast)]),
  );
}

function amountsOf({ costs, revenues, netCost }: ForecastFigures): Amounts {
  if (costs !== null && revenues !== null) {
    return { costs: oreFromKronor(costs), revenues: oreFromKronor(revenues) };
  }
  // The database holds one form or the other (forecast_gross_or_net), so a forecast without both parts has a net.
  return { netCost: oreFromKronor(netCost ?? '0') };
}
