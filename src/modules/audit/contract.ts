/**
 * The audit API: every change in the change log, filtered by who made it, the unit the changed record
 * belongs to (with the units under it), a period and a kind of record – listed newest first a page at a
 * time, or exported whole as CSV (Swedish Excel's dialect) or an Excel workbook.
 */
import { z } from 'zod';
import { defineOperations, RESOURCES } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { dateField, idField, lineText } from '#core/validation.ts';
import { orgUnitRefField } from '../organisation/contract.ts';

/** The largest page of changes one request returns. */
export const MAX_PAGE = 500;
export const DEFAULT_PAGE = 100;

const filterShape = {
  person: idField.optional().describe('Bara ändringar som den här användaren (id) gjorde.'),
  unit: orgUnitRefField
    .optional()
    .describe('Bara ändringar av poster som hör till enheten (id eller kod) eller någon enhet under den.'),
  from: dateField.optional().describe('Från och med dagen (ÅÅÅÅ-MM-DD, svensk tid).'),
  to: dateField.optional().describe('Till och med dagen (ÅÅÅÅ-MM-DD, svensk tid).'),
  entityType: lineText(64)
    .regex(/^[a-z][a-z_]*$/, { message: 'ska vara en sorts post, t.ex. indicator' })
    .optional()
    .describe('Bara en sorts post, t.ex. indicator eller indicator_outcome.'),
};

export const changeFilterSchema = z.strictObject(filterShape);
export type ChangeFilterQuery = z.output<typeof changeFilterSchema>;

export const changesQuerySchema = z.strictObject({
  ...filterShape,
  before: z
    .string()
    .regex(/^[1-9]\d{0,17}$/, { message: 'ska vara en ändrings nummer' })
    .optional()
    .describe('Bara ändringar före denna (nextBefore från förra sidan).'),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, { message: `ska vara ett heltal 1–${MAX_PAGE}` })
    .transform(Number)
    .pipe(z.int().min(1).max(MAX_PAGE))
    .optional()
    .describe(`Högst så många ändringar (1–${MAX_PAGE}, ${DEFAULT_PAGE} om inget anges).`),
});
export type ChangesQuery = z.output<typeof changesQuerySchema>;

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportQuerySchema = z.strictObject({
  ...filterShape,
  format: z
    .enum(EXPORT_FORMATS)
    .describe('csv (svensk Excel: semikolon, byte order mark) eller xlsx (Excel).'),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;

const unitRefSchema = z.object({ id: idField, code: z.string(), name: z.string() });

export const auditChangeSchema = changeEntrySchema
  .extend({
    entityLabel: z.string().describe('Vad som ändrades, på svenska: "Indikator".'),
    title: z.string().nullable().describe('Postens namn, kod eller målvärde, där den har ett.'),
    unit: unitRefSchema
      .nullable()
      .describe('Enheten posten hör till; null för det som gäller hela kommunen eller inte kan härledas.'),
  })
  .meta({ id: 'AuditChange', description: 'En ändring i ändringsloggen, med enheten posten hör till.' });
export type AuditChange = z.output<typeof auditChangeSchema>;

export const changePageSchema = z
  .object({
    changes: z.array(auditChangeSchema),
    nextBefore: z
      .string()
      .nullable()
      .describe('Ange som before för nästa (äldre) sida; null när det inte finns fler.'),
  })
  .meta({ id: 'AuditChangePage' });
export type ChangePage = z.output<typeof changePageSchema>;

export const auditChoicesSchema = z
  .object({
    people: z.array(z.object({ id: z.string(), name: z.string() })),
    entityTypes: z.array(z.object({ type: z.string(), label: z.string() })),
  })
  .meta({
    id: 'AuditChoices',
    description: 'De som har ändrat något och de sorters poster som har ändrats: urvalen i Ändringslogg.',
  });
export type AuditChoices = z.output<typeof auditChoicesSchema>;

export const auditApi = defineOperations('audit', 'Ändringslogg', {
  listChanges: {
    method: 'GET',
    path: '/audit/changes',
    summary: 'Ändringar, nyast först, per person, enhet (med underenheter), period och sorts post',
    query: changesQuerySchema,
    response: changePageSchema,
    resources: RESOURCES,
  },
  exportChanges: {
    method: 'GET',
    path: '/audit/changes/export',
    summary: 'Samma urval av ändringar som fil: CSV (svensk Excel) eller Excel',
    query: exportQuerySchema,
    response: null,
    resources: RESOURCES,
  },
  listChoices: {
    method: 'GET',
    path: '/audit/choices',
    summary: 'De personer och sorters poster som förekommer i ändringsloggen',
    response: auditChoicesSchema,
    resources: RESOURCES,
  },
});
