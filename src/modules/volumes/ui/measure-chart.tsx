/**
 * A measure's values over the years as a chart, beside its editor: outcomes against budget, plan and
 * target, with men and women where the outcomes have them, and the same figures as a table.
 */
import { useApiQuery } from '#web/kit/api.ts';
import { ChartAnswer } from '#web/kit/chart.tsx';
import { volumesApi } from '../contract.ts';

export function MeasureChart({
  measure,
}: {
  measure: { readonly id: string; readonly values: readonly unknown[] };
}) {
  // A measure without values has nothing to draw, and is not asked for.
  const drawn = measure.values.length > 0;
  const chart = useApiQuery(
    volumesApi.measureChart,
    { params: { id: measure.id }, query: {} },
    { enabled: drawn },
  );
  return drawn ? <ChartAnswer answer={chart} id={`measure-chart-${measure.id}`} /> : null;
}
