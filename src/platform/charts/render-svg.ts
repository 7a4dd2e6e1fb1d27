/**
 * Draws a chart model (core/chart.ts) as an SVG string on the server, with ECharts' server-side renderer
 * and the same option the browser draws: for documents (HTML, PDF, Word), which print what the page shows.
 * No DOM is needed. The SVG names itself for screen readers (role="img", a title and a description), as
 * ECharts can only do that on an element in a browser.
 */
import { type ChartModel, chartOption, describeChart } from '#core/chart.ts';

type Echarts = typeof import('echarts/core');

let loaded: Promise<Echarts> | null = null;

/**
 * ECharts with the parts the charts use, loaded when the first chart is drawn rather than when the server
 * starts: its 2 800 modules took about a third of every start-up (ADR 0010).
 */
function loadEcharts(): Promise<Echarts> {
  loaded ??= (async () => {
    const [echarts, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    echarts.use([
      charts.BarChart,
      charts.LineChart,
      components.AriaComponent,
      components.GridComponent,
      components.LegendComponent,
      components.TooltipComponent,
      renderers.SVGRenderer,
    ]);
    return echarts;
  })();
  return loaded;
}

export interface SvgSize {
  readonly width: number;
  readonly height: number;
}

/** A page's width at 96 dpi less the margins of an A4 page, and a height that leaves room for the legend. */
export const DEFAULT_SVG_SIZE: SvgSize = { width: 720, height: 400 };

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => XML_ESCAPES[character] ?? character);
}

/** Draws a chart as a standalone SVG document. */
export type ChartSvg = (model: ChartModel, size?: SvgSize) => string;

/** The drawing function, once ECharts is loaded: a document's charts are then drawn one after the other. */
export async function chartRenderer(): Promise<ChartSvg> {
  const echarts = await loadEcharts();
  return (model, size = DEFAULT_SVG_SIZE) => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
    try {
      chart.setOption(chartOption(model));
      return named(chart.renderToSVGString(), model);
    } finally {
      chart.dispose();
    }
  };
}

/** The chart as a standalone SVG document. */
export async function renderChartSvg(model: ChartModel, size: SvgSize = DEFAULT_SVG_SIZE): Promise<string> {
  return (await chartRenderer())(model, size);
}

/**
 * The ids and classes ECharts numbers by counters that run on through the process ("zr7-cls-23",
 * "url(#zr7-p0)"), named by the chart and numbered in the order they first appear instead: the same
 * document then gives the same bytes however often it is drawn, and two charts of one page still never
 * share an id.
 */
function stableIds(svg: string, id: string): string {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  return svg.replace(/\bzr\d+-(cls-|[a-z]+)(\d+)/g, (token, kind: string) => {
    let name = renamed.get(token);
    if (name === undefined) {
      const index = counts.get(kind) ?? 0;
      counts.set(kind, index + 1);
      name = `${id}-${kind}${index}`;
      renamed.set(token, name);
    }
    return name;
  });
}

/** Gives the root element a role, a title and a description, as the first thing a reader meets. */
function named(svg: string, model: ChartModel): string {
  const id = `chart-${model.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return stableIds(svg, id).replace(
    /^<svg\b([^>]*)>/,
    (_, attributes: string) =>
      `<svg${attributes} role="img" aria-labelledby="${id}-title ${id}-desc">` +
      `<title id="${id}-title">${escapeXml(model.title)}</title>` +
      `<desc id="${id}-desc">${escapeXml(describeChart(model))}</desc>`,
  );
}
