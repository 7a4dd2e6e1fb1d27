/**
 * The documents API: a unit's budget document, interim or annual report for a year (and round), generated
 * from the data and answered as an HTML page, a PDF, a Word file or an Excel workbook (docs/adr/0027-documents.md).
 */
import { z } from 'zod';
import { defineOperations } from '#core/api.ts';
import { changeEntrySchema } from '#core/history.ts';
import { dateField, idField, intField, requiredText, versionField, yearParam } from '#core/validation.ts';
import { jobSchema } from '../jobs/contract.ts';
import { orgUnitRefField } from '../organisation/contract.ts';
import { DOCUMENT_TYPE_HELP, DOCUMENT_TYPES } from './domain/document.ts';
import { VERSION_ACTIONS, VERSION_STATES } from './domain/versions.ts';

const TYPE_DESCRIPTION = `${DOCUMENT_TYPE_HELP}.`;

export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const renderQuerySchema = z.strictObject({
  unitId: orgUnitRefField,
  year: yearParam.describe('Året dokumentet gäller: budgetåret, eller året som följs upp.'),
  type: z.enum(DOCUMENT_TYPES).describe(TYPE_DESCRIPTION),
  roundId: idField
    .optional()
    .describe('Uppföljningstillfället; utan värde dokumenttypens eget (bokslut, delår augusti, budget).'),
  format: z
    .enum(DOCUMENT_FORMATS)
    .default('html')
    .describe('html (webbsida), pdf, docx (Word) eller xlsx (Excel, en flik per tabell).'),
});
export type RenderQuery = z.output<typeof renderQuerySchema>;

/** A render as a job: the same fields as the render's query, in a body. */
export const renderJobRequestSchema = renderQuerySchema.meta({
  id: 'DocumentRenderJobRequest',
  description: 'Dokumentet och formatet som ska skapas i bakgrunden.',
});

/** What a finished render job holds: the stored file. */
export const renderJobResultSchema = z
  .object({
    fileId: idField,
    name: z.string().describe('Filens namn: ”Verksamhetsberättelse 2019 VSS.pdf”.'),
    asciiName: z.string(),
    mediaType: z.string(),
    bytes: z.int().describe('Filens storlek i byte.'),
  })
  .meta({ id: 'DocumentRenderJobResult', description: 'Den skapade filen i filarkivet.' });
export type RenderJobResult = z.output<typeof renderJobResultSchema>;

const documentTypeField = z.enum(DOCUMENT_TYPES).describe(TYPE_DESCRIPTION);

const unitSummary = z.object({ id: idField, code: z.string(), name: z.string() });

export const documentVersionSchema = z
  .object({
    id: idField,
    version: z.int(),
    number: z.int().describe('Versionens nummer för enheten, året, dokumenttypen och tillfället: 1, 2, 3 …'),
    state: z.enum(VERSION_STATES),
    title: z.string(),
    unit: unitSummary,
    year: z.int(),
    documentType: z.enum(DOCUMENT_TYPES),
    reportingRoundId: idField.nullable(),
    period: z.string(),
    contentHash: z.string().describe('SHA-256 av dokumentmodellen (kanonisk JSON); tryckt i dokumentet.'),
    frozen: z.boolean().describe('Godkänd eller senare: kan aldrig ändras eller tas bort.'),
    hasPdf: z.boolean(),
    pdfMissing: z.string().nullable().describe('Varför en godkänd version saknar PDF.'),
    createdAt: z.string(),
    createdByName: z.string(),
    approvedAt: z.string().nullable(),
    approvedByName: z.string().nullable(),
    decision: z
      .object({ body: z.string(), paragraph: z.string(), date: z.string(), text: z.string() })
      .nullable(),
    publishedAt: z.string().nullable(),
    actions: z
      .array(z.enum(VERSION_ACTIONS))
      .describe('Vad den inloggade användaren får göra med versionen nu.'),
    mayDelete: z.boolean(),
  })
  .meta({
    id: 'DocumentVersion',
    description: 'En version av en enhets dokument, med läge och kontrollsumma.',
  });
export type DocumentVersionDto = z.infer<typeof documentVersionSchema>;

export const documentVersionDetailSchema = documentVersionSchema
  .extend({
    integrity: z
      .string()
      .nullable()
      .describe('Varning när versionens sparade innehåll inte stämmer med kontrollsumman; annars null.'),
  })
  .meta({ id: 'DocumentVersionDetail' });

export const documentVersionListSchema = z
  .object({ versions: z.array(documentVersionSchema), mayCreate: z.boolean() })
  .meta({ id: 'DocumentVersionList' });

const diffStatus = z.enum(['changed', 'added', 'removed']);

export const versionComparisonSchema = z
  .object({
    before: documentVersionDetailSchema,
    after: documentVersionDetailSchema,
    summary: z.string(),
    unchanged: z.int(),
    items: z.array(
      z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('text'),
          section: z.string(),
          label: z.string(),
          status: diffStatus,
          before: z.string().nullable(),
          after: z.string().nullable(),
          pieces: z
            .array(z.object({ text: z.string(), change: z.enum(['same', 'removed', 'added']) }))
            .nullable(),
        }),
        z.object({
          kind: z.literal('table'),
          section: z.string(),
          caption: z.string(),
          status: diffStatus,
          columns: z.array(z.string()),
          rows: z.array(
            z.object({
              group: z.string().nullable(),
              header: z.string(),
              status: diffStatus,
              cells: z.array(
                z.object({
                  before: z.string().nullable(),
                  after: z.string().nullable(),
                  changed: z.boolean(),
                }),
              ),
            }),
          ),
          unchangedRows: z.int(),
        }),
      ]),
    ),
  })
  .meta({
    id: 'DocumentVersionComparison',
    description: 'Två versioner jämförda: tabeller cell för cell och text stycke för stycke.',
  });
export type VersionComparisonDto = z.infer<typeof versionComparisonSchema>;

const versionParams = z.strictObject({ id: idField });

export const documentsApi = defineOperations('documents', 'Dokument', {
  renderDocument: {
    method: 'GET',
    path: '/documents/render',
    summary:
      'En enhets verksamhetsberättelse, delårsrapport, förvaltningsbudget eller internkontrollplan som HTML, PDF, Word eller Excel',
    query: renderQuerySchema,
    response: null,
    resources: ['organisation', 'planning', 'goals', 'assessments', 'economy', 'investments', 'assignments'],
  },
  startRenderJob: {
    method: 'POST',
    path: '/documents/render-jobs',
    summary: 'Skapa ett dokument i bakgrunden, som ett jobb med förlopp (för långa dokument och PDF)',
    description:
      'Samma fält som GET /documents/render. Okänd enhet, ett uppföljningstillfälle från ett annat år och PDF ' +
      'utan Chromium vägras direkt. Följ jobbet med GET /jobs/{id} (done av total: avsnitt klara); när det ' +
      'är klart hämtas filen med GET /documents/render-jobs/{id}/file. Samma dokument och format som redan ' +
      'skapas ger det pågående jobbet.',
    body: renderJobRequestSchema,
    response: jobSchema,
    status: 202,
    resources: ['jobs'],
  },
  renderJobFile: {
    method: 'GET',
    path: '/documents/render-jobs/:id/file',
    summary: 'Filen som ett dokumentjobb skapade, under sitt svenska namn',
    params: z.strictObject({ id: idField }),
    response: null,
    resources: ['jobs', 'files'],
  },
  listVersions: {
    method: 'GET',
    path: '/documents/versions',
    summary: 'Versionerna av en enhets dokument för ett år (alla tillfällen), senaste först',
    query: z.strictObject({ unitId: orgUnitRefField, year: yearParam, type: documentTypeField }),
    response: documentVersionListSchema,
    resources: ['documents'],
  },
  createVersion: {
    method: 'POST',
    path: '/documents/versions',
    summary: 'Skapa en ny utkastversion: dokumentet skapas nu och sparas med sin modell och kontrollsumma',
    body: z
      .strictObject({
        unitId: orgUnitRefField,
        year: intField(1900, 2200),
        type: documentTypeField,
        roundId: idField.optional().describe('Uppföljningstillfället; utan värde dokumenttypens eget.'),
      })
      .meta({ id: 'DocumentVersionCreate' }),
    response: documentVersionDetailSchema,
    status: 201,
    resources: ['documents'],
  },
  getVersion: {
    method: 'GET',
    path: '/documents/versions/:id',
    summary: 'En version: läge, beslut, kontrollsumma och om det sparade innehållet stämmer med den',
    params: versionParams,
    response: documentVersionDetailSchema,
    resources: ['documents'],
  },
  versionFile: {
    method: 'GET',
    path: '/documents/versions/:id/file',
    summary: 'Versionens sparade HTML eller PDF, precis som den sparades (skapas aldrig på nytt)',
    params: versionParams,
    query: z.strictObject({
      format: z.enum(['html', 'pdf']).default('html').describe('html (webbsida) eller pdf.'),
    }),
    response: null,
    resources: ['documents'],
  },
  versionHistory: {
    method: 'GET',
    path: '/documents/versions/:id/history',
    summary: 'Ändringshistorik för en dokumentversion: skapad, granskning, godkännande, beslut, publicering',
    params: versionParams,
    response: z.array(changeEntrySchema),
    resources: ['documents', 'history'],
  },
  actOnVersion: {
    method: 'POST',
    path: '/documents/versions/:id/actions',
    summary:
      'Flytta en version: skicka till granskning eller tillbaka, godkänn (fryser den), registrera beslut, publicera',
    params: versionParams,
    body: z
      .strictObject({
        action: z.enum(VERSION_ACTIONS),
        version: versionField.describe('Versionens version som du läste.'),
        decisionBody: requiredText(200)
          .nullable()
          .default(null)
          .describe('Beslutande organ, bara med ”decide”: ”KS”, ”Kommunstyrelsen”, ”Servicenämnden”.'),
        decisionParagraph: requiredText(40)
          .nullable()
          .default(null)
          .describe('Paragrafen i protokollet, bara med ”decide”: ”315” (eller ”§ 315”).'),
        decisionDate: dateField
          .nullable()
          .default(null)
          .describe('Beslutsdatum ÅÅÅÅ-MM-DD, bara med ”decide”.'),
      })
      .meta({ id: 'DocumentVersionAction' }),
    response: documentVersionDetailSchema,
    resources: ['documents'],
  },
  deleteVersion: {
    method: 'DELETE',
    path: '/documents/versions/:id',
    summary: 'Ta bort ett utkast eller en version under granskning (en godkänd version kan aldrig tas bort)',
    params: versionParams,
    query: z.strictObject({ version: z.coerce.number().pipe(versionField) }),
    response: null,
    status: 204,
    resources: ['documents'],
  },
  compareVersions: {
    method: 'GET',
    path: '/documents/version-comparison',
    summary:
      'Jämför två versioner: tabeller cell för cell och text stycke för stycke, skillnaderna markerade',
    query: z.strictObject({ first: idField, second: idField }),
    response: versionComparisonSchema,
    resources: ['documents'],
  },
});
