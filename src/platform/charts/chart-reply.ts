/** Answers a chart operation: the model as JSON, or drawn on the server as SVG when the caller asks. */
import type { FastifyReply } from 'fastify';
import type { ChartFormat, ChartModel } from '#core/chart.ts';
import { renderChartSvg } from './render-svg.ts';

export async function chartAnswer(
  reply: FastifyReply,
  model: ChartModel,
  format: ChartFormat,
): Promise<ChartModel | FastifyReply> {
  if (format === 'svg') {
    return reply.type('image/svg+xml; charset=utf-8').send(await renderChartSvg(model));
  }
  return model;
}
