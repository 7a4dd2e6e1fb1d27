/**
 * A chart model (core/chart.ts) as a figure: its title as the caption, the drawing, and the table it is
 * drawn from, one click away ("Visa som tabell") and always in the page for screen readers and keyboards.
 * The drawing is an image with a Swedish description; series differ by pattern and dash as well as colour.
 * ECharts is loaded with the first chart shown (chart-drawing.tsx), not with the app.
 */
import { lazy, Suspense } from 'react';
import type { ChartModel } from '#core/chart.ts';
import { DataTable } from './data-table.tsx';
import { LoadError, Loading } from './page.tsx';

const ChartDrawing = lazy(() =>
  import('./chart-drawing.tsx').then((module) => ({ default: module.ChartDrawing })),
);

export interface ChartProps {
  readonly chart: ChartModel;
  /** Unique on the page: the caption's and the table's ids are built from it. */
  readonly id: string;
  readonly height?: number;
}

export function Chart({ chart, id, height = 380 }: ChartProps) {
  return (
    // No indent: the table needs the page's width as much as any other.
    <figure className="chart" aria-labelledby={`${id}-title`} style={{ margin: '0 0 2rem' }}>
      <figcaption id={`${id}-title`} className="chart-title">
        {chart.title}
      </figcaption>
      <Suspense
        fallback={
          <p className="loading" role="status" style={{ minHeight: height }}>
            Ritar diagrammet …
          </p>
        }
      >
        <ChartDrawing chart={chart} height={height} />
      </Suspense>
      <details className="chart-table">
        <summary>Visa som tabell</summary>
        <DataTable table={chart.table} id={`${id}-table`} />
      </details>
    </figure>
  );
}

/** A chart as a query answers it: loading, refused with the server's message, or drawn. */
export function ChartAnswer({
  answer,
  id,
}: {
  answer: { readonly data?: ChartModel; readonly isError: boolean; readonly error: unknown };
  id: string;
}) {
  if (answer.isError) {
    return <LoadError error={answer.error} />;
  }
  return answer.data ? <Chart chart={answer.data} id={id} /> : <Loading what="diagrammet" />;
}
