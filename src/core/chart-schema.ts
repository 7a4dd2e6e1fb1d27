/** The neutral chart model (chart.ts) as an API schema, and the query that asks for a chart: zod only. */
import { z } from 'zod';
import { CHART_FORMATS } from './chart.ts';
import { tableModelSchema } from './table-schema.ts';

export const chartModelSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    unit: z.string(),
    categoryLabel: z.string(),
    categories: z.array(z.object({ key: z.string(), label: z.string() })),
    series: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        kind: z.enum(['bar', 'line']),
        values: z
          .array(z.string().nullable())
          .describe(
            'Ett exakt tal per kategori i diagrammets enhet ("-2356", "17.3"), eller null där värde saknas.',
          ),
        decimals: z.int().nullable(),
      }),
    ),
    table: tableModelSchema,
  })
  .meta({
    id: 'Chart',
    description:
      'Ett diagram som neutral modell: rubrik, enhet, kategorier och serier av exakta tal, och tabellen ' +
      'diagrammet ritas från (samma siffror, för den som inte ser diagrammet).',
  });

/** The query fields every chart operation takes besides its own. */
export const chartFormatQuery = {
  format: z
    .enum(CHART_FORMATS)
    .default('json')
    .describe('json: diagrammet som modell; svg: diagrammet ritat på servern, som image/svg+xml.'),
};

/** Said in the OpenAPI document of every chart operation. */
export const CHART_FORMAT_DESCRIPTION =
  'Svarar med diagrammet som modell (JSON), eller med format=svg ritat på servern som en SVG-bild ' +
  '(image/svg+xml) med samma serier, färger och mönster som i webbläsaren.';
