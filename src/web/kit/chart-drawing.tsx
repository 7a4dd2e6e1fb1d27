/**
 * The drawing of a chart model with ECharts' SVG renderer and the option every renderer shares
 * (core/chart.ts). Only the charts and components the option uses are registered, and this file is loaded
 * only by a page that shows a chart (chart.tsx loads it lazily), so other pages do not download ECharts.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { type ChartModel, chartOption, describeChart } from '#core/chart.ts';

use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export function ChartDrawing({ chart, height }: { chart: ChartModel; height: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) {
      return;
    }
    const drawing = init(element.current, null, { renderer: 'svg' });
    drawing.setOption(chartOption(chart));
    // The chart follows its box when the window or the layout changes its width.
    const observer = new ResizeObserver(() => drawing.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      drawing.dispose();
    };
  }, [chart]);
  // A picture to assistive technology, described in words; its figures are in the table beside it.
  return (
    <div
      ref={element}
      className="chart-drawing"
      role="img"
      aria-label={describeChart(chart)}
      style={{ width: '100%', height }}
    />
  );
}
