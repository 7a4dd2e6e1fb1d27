/** The neutral table model (table.ts) as an API schema: contract language, zod only. */
import { z } from 'zod';

const refSchema = z.object({ kind: z.string(), id: z.string() }).nullable();

export const tableCellSchema = z
  .object({
    text: z.string(),
    kind: z.enum(['value', 'target', 'noData', 'notApplicable', 'status', 'empty']),
    markers: z.array(z.int()),
    note: z.string().nullable(),
    tone: z.enum(['good', 'bad', 'mid', 'neutral']).nullable(),
    ref: refSchema,
    value: z.string().nullable().optional(),
  })
  .meta({ id: 'TableCell' });

export const tableModelSchema = z
  .object({
    key: z.string(),
    caption: z.string(),
    groupLabel: z.string().nullable(),
    columns: z.array(z.object({ key: z.string(), label: z.string(), align: z.enum(['start', 'end']) })),
    groups: z.array(
      z.object({
        key: z.string(),
        heading: z.string().nullable(),
        description: z.string().nullable(),
        note: z.string().nullable(),
        ref: refSchema,
        rows: z.array(
          z.object({
            key: z.string(),
            depth: z.int(),
            role: z.enum(['row', 'detail']),
            header: tableCellSchema,
            cells: z.array(tableCellSchema),
            ref: refSchema,
          }),
        ),
      }),
    ),
    footnotes: z.array(z.object({ marker: z.int(), text: z.string() })),
  })
  .meta({
    id: 'Table',
    description:
      'En tabell som neutral modell: kolumner, grupper av rader, celler med fotnotsmarkeringar, och fotnoterna.',
  });
