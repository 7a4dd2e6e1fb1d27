/**
 * Volume and personnel figures feeding a goal's indicators (issue 6, point 8: "They can feed indicators"):
 * an indicator names one of its unit's measures and shows that measure's outcomes – total, women and men –
 * instead of typed figures, so a figure such as sjukfrånvaro is stated once, in the personnel table, and the
 * goal table reads it from there. A round shows the outcome stated at that round (the year to date at an
 * interim round); the closing round also takes a whole-year outcome.
 */
import { roundEndMonth } from '#core/period.ts';
import { idField } from '#core/validation.ts';
import type { ComputedFigure, IndicatorComputation } from '../goals/index.ts';
import type { ReportingRound } from '../planning/index.ts';
import { findMeasure, listMeasures, listValues, type MeasureValue } from './db/measure-repository.ts';
import { MEASURE_KIND_LABELS, VALUE_PERIOD_LABELS } from './domain/measure.ts';

/** The measure's outcome that a round shows: the one stated at the round, or at closing the whole year's. */
function outcomeAt(values: readonly MeasureValue[], round: ReportingRound): MeasureValue | undefined {
  const outcomes = values.filter((value) => value.kind === 'outcome' && value.year === round.year);
  return (
    outcomes.find((value) => value.period === round.kind) ??
    (round.kind === 'closing' ? outcomes.find((value) => value.period === 'year') : undefined)
  );
}

export const measureOutcome: IndicatorComputation = {
  key: 'volumes.measure',
  label: 'Volym- eller personalmått',
  description: 'måttets utfall i volym- och personaltabellen.',
  unit: '',
  async choices(ctx, orgUnitId) {
    const measures = await listMeasures(ctx.db, { orgUnitIds: [orgUnitId] });
    return measures.map((measure) => ({
      argument: measure.id,
      label: `${measure.name} (${MEASURE_KIND_LABELS[measure.kind].toLowerCase()})`,
    }));
  },
  async compute(ctx, { rounds, argument }) {
    const measure =
      argument !== null && idField.safeParse(argument).success ? await findMeasure(ctx.db, argument) : null;
    if (!measure) {
      return [];
    }
    const years = rounds.map((round) => round.year);
    const values = await listValues(ctx.db, [measure.id], {
      from: Math.min(...years),
      to: Math.max(...years),
    });
    const figures: ComputedFigure[] = [];
    for (const round of rounds) {
      const value = round.kind === 'budget' ? undefined : outcomeAt(values, round);
      if (value) {
        figures.push({
          roundId: round.id,
          year: round.year,
          toMonth: value.period === 'year' ? 12 : roundEndMonth(round.kind),
          isForecast: false,
          value: value.noData ? null : value.total,
          women: value.women,
          men: value.men,
          reason: value.noData
            ? (value.noDataReason ?? 'Ingen uppgift i volym- och personaltabellen.')
            : null,
          basis: `Ur ${measure.name}, ${VALUE_PERIOD_LABELS[value.period].toLowerCase()} ${round.year}.`,
        });
      }
    }
    return figures;
  },
};
