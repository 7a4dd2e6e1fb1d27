/** The rollover API: preview the next year, start it as a job, list what was started, undo it. */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { idField, versionField, yearField } from '#core/validation.ts';
import { jobSchema } from '../jobs/contract.ts';

const fromYearField = yearField.describe('Året som avslutas; det nya året är året därpå.');

export const rolloverPreviewSchema = z
  .object({
    fromYear: z.int(),
    toYear: z.int(),
    steps: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        count: z.int().describe('Hur många poster steget skulle skapa eller ändra.'),
        summary: z.string(),
      }),
    ),
    refusal: z.string().nullable().describe('Varför årsskiftet inte kan startas (redan gjort), eller null.'),
  })
  .meta({
    id: 'YearRolloverPreview',
    description: 'Vad ett årsskifte skulle göra, steg för steg. Inget sparas.',
  });
export type RolloverPreviewDto = z.output<typeof rolloverPreviewSchema>;

export const rolloverSchema = z
  .object({
    id: idField,
    fromYear: z.int(),
    toYear: z.int(),
    jobId: idField.nullable(),
    startedByName: z.string(),
    finishedAt: z.string(),
    counts: z.array(z.object({ table: z.string(), label: z.string(), created: z.int(), changed: z.int() })),
    undoneAt: z.string().nullable(),
    undoneByName: z.string().nullable(),
    undoable: z.boolean(),
    undoRefusal: z.string().nullable().describe('Varför det inte längre går att ångra, eller null.'),
    version: versionField,
  })
  .meta({
    id: 'YearRollover',
    description:
      'Ett genomfört årsskifte: vad det skapade och ändrade, och om det fortfarande går att ångra.',
  });
export type RolloverDto = z.output<typeof rolloverSchema>;

export const rolloverApi = defineOperations('rollover', 'Nytt år', {
  preview: {
    method: 'GET',
    path: '/rollover/preview',
    summary: 'Visa vad ett årsskifte skulle göra (provkörning: inget sparas)',
    query: z.strictObject({ fromYear: z.coerce.number().pipe(fromYearField) }),
    response: rolloverPreviewSchema,
    resources: ['organisation', 'planning', 'goals'],
  },
  start: {
    method: 'POST',
    path: '/rollover/runs',
    summary: 'Starta nästa år som ett jobb: kopiera årets uppföljningstillfällen och förläng målen',
    description:
      'Följ jobbet med GET /jobs/{id}. Allt eller inget; ett år startas en gång (ångra först för att göra om).',
    body: z.strictObject({ fromYear: fromYearField }),
    response: jobSchema,
    status: 202,
    resources: ['jobs'],
  },
  list: {
    method: 'GET',
    path: '/rollover/runs',
    summary: 'Genomförda årsskiften, senaste först, och om de går att ångra',
    response: z.array(rolloverSchema),
    resources: ['planning', 'goals'],
  },
  undo: {
    method: 'POST',
    path: '/rollover/runs/:id/undo',
    summary: 'Ångra ett årsskifte, så länge ingen har ändrat det som det skapade eller ändrade',
    params: z.strictObject({ id: idField }),
    body: z.strictObject({ version: versionField }),
    response: rolloverSchema,
    resources: ['organisation', 'planning', 'goals'],
  },
});
